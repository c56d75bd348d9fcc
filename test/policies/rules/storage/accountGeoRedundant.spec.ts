import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountGeoRedundant as rule } from "../../../../policies/rules/storage/accountGeoRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const PROD = { environment: "prod" };
const withSku = (name: unknown) => ({ ...storageAccount(), sku: { name } });
const run = (props: object, stackTags: Record<string, string> = PROD) =>
  runResourcePolicy(rule, T.storageAccount, props, { stackTags });

describe("storage-account-geo-redundant", () => {
  it("passes geo-zone-redundant storage in production", () =>
    assert.deepStrictEqual(messages(run(withSku("Standard_GZRS"))), []));

  it("reports zone-redundant-only storage in production", () =>
    assert.deepStrictEqual(messages(run(withSku("Standard_ZRS"))), [
      "sku.name is 'Standard_ZRS'; use one of 'Standard_GRS', 'Standard_RAGRS', 'Standard_GZRS', 'Standard_RAGZRS'.",
    ]));

  it("does not check other stacks, or premium accounts that offer no geo-redundant SKU", () => {
    assert.deepStrictEqual(messages(run(withSku("Standard_LRS"), { environment: "dev" })), []);
    assert.deepStrictEqual(messages(run(withSku("Premium_ZRS"))), []);
  });

  it("is skipped at preview when the SKU is unknown", () =>
    assert.strictEqual(
      run(withSku(UNKNOWN)).unknown,
      "string value at .sku.name can't be known during preview",
    ));
});
