import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksTrainingPoolSpot as rule } from "../../../../policies/rules/aks/trainingPoolSpot";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-training-pool-spot", () => {
  it("passes the compliant cluster and the Spot training pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports a regular-priority training pool as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ scaleSetPriority: "Regular" }),
    );
    assert.deepStrictEqual(messages(result), [
      "scaleSetPriority must be 'Spot' for a pool labelled workload=training; it is 'Regular'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an inline batch pool left at the default priority", () => {
    const props = clusterWithPool(1, { nodeLabels: { workload: "batch" } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "agentPoolProfiles[1].scaleSetPriority must be 'Spot' for a pool labelled workload=batch; it is not set, so 'Regular'.",
    ]);
  });

  it("follows the configured labels", () => {
    const props = agentPoolWith({
      nodeLabels: { purpose: "finetune" },
      scaleSetPriority: "Regular",
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, props)), []);
    const result = runResourcePolicy(rule, T.agentPool, props, {
      config: { trainingNodeLabels: { purpose: ["finetune"] } },
    });
    assert.deepStrictEqual(messages(result), [
      "scaleSetPriority must be 'Spot' for a pool labelled purpose=finetune; it is 'Regular'.",
    ]);
  });

  it("is skipped at preview when the labels are unknown", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ nodeLabels: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .nodeLabels can't be known during preview");
  });
});
