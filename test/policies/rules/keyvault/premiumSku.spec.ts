import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultPremiumSku as rule } from "../../../../policies/rules/keyvault/premiumSku";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vault, vaultWith } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.vault, props, { config });

describe("key-vault-premium-sku", () => {
  it("passes the premium tier", () => assert.deepStrictEqual(messages(run(vault())), []));

  it("reports the standard tier, as advisory", () => {
    const result = run(vaultWith({ sku: { family: "A", name: "standard" } }));
    assert.deepStrictEqual(messages(result), [
      "properties.sku.name must be 'premium'; it is 'standard'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset, null or wrongly typed SKU", () => {
    for (const sku of [undefined, null, { family: "A" }, { family: "A", name: null }]) {
      assert.deepStrictEqual(messages(run(vaultWith({ sku }))), [
        "properties.sku.name must be 'premium'; it is not set.",
      ]);
    }
    assert.deepStrictEqual(messages(run(vaultWith({ sku: { family: "A", name: 1 } }))), [
      "properties.sku.name must be 'premium'; it is '1'.",
    ]);
  });

  it("accepts the standard tier when the config allows it", () =>
    assert.deepStrictEqual(
      messages(
        run(vaultWith({ sku: { family: "A", name: "standard" } }), {
          allowedSkus: ["standard", "premium"],
        }),
      ),
      [],
    ));

  it("is skipped at preview when the vault properties are unknown", () =>
    assert.strictEqual(
      run({ ...vault(), properties: UNKNOWN }).unknown,
      "string value at .properties can't be known during preview",
    ));
});
