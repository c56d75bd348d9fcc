import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksStandardLoadBalancer as rule } from "../../../../policies/rules/aks/standardLoadBalancer";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const withSku = (loadBalancerSku: unknown) =>
  clusterWith({ networkProfile: { ...compliantCluster().networkProfile, loadBalancerSku } });

describe("aks-standard-load-balancer", () => {
  it("passes the compliant baseline, and Azure's default when the SKU is unset", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, withSku(undefined))),
      [],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, withSku("Standard"))),
      [],
    );
    const none = clusterWith({ networkProfile: undefined });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, none)), []);
  });

  it("reports the Basic SKU as advisory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withSku("basic"));
    assert.deepStrictEqual(messages(result), [
      "networkProfile.loadBalancerSku must be 'standard'; it is 'basic'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("is skipped at preview when networkProfile is unknown (azure-native wraps it whole)", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ networkProfile: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .networkProfile can't be known during preview",
    );
  });
});
