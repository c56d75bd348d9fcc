import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountAllowedSkus as rule } from "../../../../policies/rules/storage/accountAllowedSkus";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.storageAccount, props, { config });

describe("storage-account-allowed-skus", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("reports a premium SKU by default", () =>
    assert.deepStrictEqual(messages(run({ ...storageAccount(), sku: { name: "Premium_LRS" } })), [
      "sku.name 'Premium_LRS' is not allowed; use one of 'Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS', 'Standard_RAGRS', 'Standard_RAGZRS'.",
    ]));

  it("allows what the config allows", () =>
    assert.deepStrictEqual(
      messages(
        run(
          { ...storageAccount(), sku: { name: "Premium_LRS" } },
          { allowedSkus: ["Premium_LRS"] },
        ),
      ),
      [],
    ));

  it("is skipped at preview when the SKU name is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), sku: { name: UNKNOWN } }).unknown,
      "string value at .sku.name can't be known during preview",
    ));
});
