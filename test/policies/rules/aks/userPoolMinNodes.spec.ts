import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksUserPoolMinNodes as rule } from "../../../../policies/rules/aks/userPoolMinNodes";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

/** A plain (non-GPU, non-Spot) user pool. */
const cpuPool = (fields: Record<string, unknown>) =>
  agentPoolWith({
    vmSize: "Standard_D8ds_v5",
    scaleSetPriority: "Regular",
    minCount: 3,
    ...fields,
  });

describe("aks-user-pool-min-nodes", () => {
  it("passes the compliant cluster and the GPU pool that scales to zero by design", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("holds the boundary at the minimum (3 passes, 2 does not)", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, cpuPool({}))), []);
    const result = runResourcePolicy(rule, T.agentPool, cpuPool({ minCount: 2 }));
    assert.deepStrictEqual(messages(result), [
      "minCount must be at least 3 on a User pool; it is 2.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reads count on a pool without autoscaling, and reports it unset", () => {
    const fixed = cpuPool({ enableAutoScaling: false, minCount: undefined, count: 1 });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, fixed)), [
      "count must be at least 3 on a User pool; it is 1.",
    ]);
    const unset = cpuPool({ enableAutoScaling: undefined, minCount: undefined });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, unset)), [
      "count must be at least 3 on a User pool; it is not set.",
    ]);
  });

  it("reports inline user pools but not the system pool", () => {
    const props = clusterWithPool(1, { minCount: 1 });
    props.agentPoolProfiles[0].minCount = 1;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "agentPoolProfiles[1].minCount must be at least 3 on a User pool; it is 1.",
    ]);
  });

  it("leaves out Spot pools, excluded pools, and GPU pools unless the pattern is emptied", () => {
    const spot = cpuPool({ minCount: 0, scaleSetPriority: "Spot" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, spot)), []);
    const named = cpuPool({ minCount: 1, agentPoolName: "batch" });
    const excluded = runResourcePolicy(rule, T.agentPool, named, {
      config: { excludedPools: ["batch"] },
    });
    assert.deepStrictEqual(messages(excluded), []);
    const gpu = agentPoolWith({ scaleSetPriority: "Regular" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, gpu)), []);
    const strict = runResourcePolicy(rule, T.agentPool, gpu, {
      config: { exemptVmSizePattern: "" },
    });
    assert.deepStrictEqual(messages(strict), [
      "minCount must be at least 3 on a User pool; it is 0.",
    ]);
  });

  it("takes the minimum from the config", () => {
    const result = runResourcePolicy(rule, T.agentPool, cpuPool({}), { config: { minNodes: 5 } });
    assert.deepStrictEqual(messages(result), [
      "minCount must be at least 5 on a User pool; it is 3.",
    ]);
  });

  it("does not read the vmSize of a pool that meets the minimum", () => {
    const result = runResourcePolicy(rule, T.agentPool, cpuPool({ vmSize: UNKNOWN }));
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when minCount is unknown", () => {
    const result = runResourcePolicy(rule, T.agentPool, cpuPool({ minCount: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .minCount can't be known during preview");
  });
});
