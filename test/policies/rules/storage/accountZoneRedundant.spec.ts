import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountZoneRedundant as rule } from "../../../../policies/rules/storage/accountZoneRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.storageAccount, props, { config });

describe("storage-account-zone-redundant", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("reports locally redundant storage", () =>
    assert.deepStrictEqual(messages(run({ ...storageAccount(), sku: { name: "Standard_LRS" } })), [
      "sku.name is 'Standard_LRS'; use one of 'Standard_ZRS', 'Standard_GZRS', 'Standard_RAGZRS', 'Premium_ZRS'.",
    ]));

  it("uses the configured SKU list", () =>
    assert.deepStrictEqual(
      messages(run(storageAccount(), { zoneRedundantSkus: ["Standard_GZRS"] })),
      ["sku.name is 'Standard_ZRS'; use one of 'Standard_GZRS'."],
    ));

  it("is advisory by default and mandatory on a production stack", () => {
    const props = { ...storageAccount(), sku: { name: "Standard_LRS" } };
    assert.strictEqual(run(props).violations[0].enforcementLevel, "advisory");
    const prod = runResourcePolicy(rule, T.storageAccount, props, {
      stackTags: { environment: "Prod" },
    });
    assert.strictEqual(prod.violations[0].enforcementLevel, "mandatory");
  });

  it("is skipped at preview when the SKU is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), sku: UNKNOWN }).unknown,
      "string value at .sku can't be known during preview",
    ));
});
