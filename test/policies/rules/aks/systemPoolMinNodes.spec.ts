import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksSystemPoolMinNodes as rule } from "../../../../policies/rules/aks/systemPoolMinNodes";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-system-pool-min-nodes", () => {
  it("passes the compliant cluster and a User AgentPool scaled to zero", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports an autoscaled System pool whose floor is one node as advisory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, clusterWithPool(0, { minCount: 1 }));
    assert.deepStrictEqual(messages(result), [
      "agentPoolProfiles[0].minCount must be at least 3 on a System pool; it is 1.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a fixed System pool by its count", () => {
    const fixed = clusterWithPool(0, {
      enableAutoScaling: false,
      count: 2,
      minCount: undefined,
      maxCount: undefined,
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, fixed)), [
      "agentPoolProfiles[0].count must be at least 3 on a System pool; it is 2.",
    ]);
    const standalone = agentPoolWith({
      mode: "System",
      enableAutoScaling: undefined,
      minCount: undefined,
      maxCount: undefined,
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, standalone)), [
      "count must be at least 3 on a System pool; it is not set.",
    ]);
  });

  it("honours the configured minimum", () => {
    const result = runResourcePolicy(rule, T.managedCluster, clusterWithPool(0, { minCount: 2 }), {
      config: { minNodes: 2 },
    });
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the floor is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(0, { minCount: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .agentPoolProfiles.0.minCount can't be known during preview",
    );
  });
});
