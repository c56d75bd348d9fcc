import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksSystemPoolTaint as rule } from "../../../../policies/rules/aks/systemPoolTaint";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

const MESSAGE =
  "nodeTaints must include 'CriticalAddonsOnly=true:NoSchedule' on a System pool; it does not.";

describe("aks-system-pool-taint", () => {
  it("passes the compliant cluster and a User AgentPool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports an untainted inline System pool as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(0, { nodeTaints: undefined }),
    );
    assert.deepStrictEqual(messages(result), [`agentPoolProfiles[0].${MESSAGE}`]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("treats the first inline pool without a mode as the System pool", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(0, { mode: undefined, nodeTaints: [] }),
    );
    assert.deepStrictEqual(messages(result), [`agentPoolProfiles[0].${MESSAGE}`]);
  });

  it("reports a standalone System pool with another taint", () => {
    const props = agentPoolWith({ mode: "System", nodeTaints: ["sku=gpu:NoSchedule"] });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, props)), [MESSAGE]);
  });

  it("accepts the NoExecute effect", () => {
    const props = agentPoolWith({
      mode: "System",
      nodeTaints: ["CriticalAddonsOnly=true:NoExecute"],
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, props)), []);
  });

  it("is skipped at preview when the taints are unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(0, { nodeTaints: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .agentPoolProfiles.0.nodeTaints can't be known during preview",
    );
  });
});
