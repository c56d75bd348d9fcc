import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksSlaTier as rule } from "../../../../policies/rules/aks/slaTier";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-sla-tier", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports the Free tier as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ sku: { name: "Base", tier: "Free" } }),
    );
    assert.deepStrictEqual(messages(result), [
      "sku.tier must be 'Standard', 'Premium'; it is 'Free'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset tier", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, clusterWith({ sku: undefined }))),
      ["sku.tier must be 'Standard', 'Premium'; it is not set, so 'Free'."],
    );
  });

  it("accepts Free where the config allows it", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ sku: { name: "Base", tier: "Free" } }),
      {
        config: { allowedTiers: ["Free", "Standard"] },
      },
    );
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the tier is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ sku: { name: "Base", tier: UNKNOWN } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .sku.tier can't be known during preview");
  });
});
