import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrPremiumSku as rule } from "../../../../policies/rules/containerregistry/premiumSku";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

describe("acr-premium-sku", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a Basic registry as advisory", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      sku: { name: "Basic" },
    });
    assert.deepStrictEqual(messages(result), ["sku.name must be one of 'Premium'; it is 'Basic'."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("accepts the SKUs the config allows", () => {
    const config = { allowedSkus: ["Standard", "Premium"] };
    const standard = { ...compliantRegistry(), sku: { name: "Standard" } };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, standard, { config })), []);
    const basic = { ...compliantRegistry(), sku: { name: "Basic" } };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, basic, { config })), [
      "sku.name must be one of 'Standard', 'Premium'; it is 'Basic'.",
    ]);
  });

  it("is skipped at preview when sku.name is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      sku: { name: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .sku.name can't be known during preview");
  });
});
