import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPoolMaxPods as rule } from "../../../../policies/rules/aks/poolMaxPods";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-pool-max-pods", () => {
  it("passes the compliant cluster and standalone pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("holds the boundary at the minimum (50 passes, 49 does not)", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, agentPoolWith({ maxPods: 50 }))),
      [],
    );
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ maxPods: 49 }));
    assert.deepStrictEqual(messages(result), ["maxPods must be at least 50; it is 49."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports inline pools below the minimum or without maxPods, by index", () => {
    const props = clusterWithPool(1, { maxPods: 30 });
    delete props.agentPoolProfiles[0].maxPods;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "agentPoolProfiles[0].maxPods must be at least 50; it is not set (Azure CNI nodes get 30).",
      "agentPoolProfiles[1].maxPods must be at least 50; it is 30.",
    ]);
  });

  it("takes the minimum from the config", () => {
    const result = runResourcePolicy(rule, T.agentPool, compliantAgentPool(), {
      config: { minMaxPods: 110 },
    });
    assert.deepStrictEqual(messages(result), ["maxPods must be at least 110; it is 50."]);
  });

  it("is skipped at preview when maxPods is unknown", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ maxPods: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .maxPods can't be known during preview");
  });
});
