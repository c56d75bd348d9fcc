import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksGpuPoolScaleToZero as rule } from "../../../../policies/rules/aks/gpuPoolScaleToZero";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-gpu-pool-scale-to-zero", () => {
  it("passes the compliant cluster and GPU pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports a GPU pool that keeps a node as advisory", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ minCount: 1 }));
    assert.deepStrictEqual(messages(result), ["minCount must be 0 on a GPU pool; it is 1."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an inline GPU pool of fixed size", () => {
    const props = clusterWithPool(1, {
      vmSize: "standard_nc4as_t4_v3",
      enableAutoScaling: false,
      count: 1,
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "agentPoolProfiles[1].enableAutoScaling must be true on a GPU pool; it is false.",
    ]);
  });

  it("leaves CPU pools and System pools alone", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.agentPool,
          agentPoolWith({ vmSize: "Standard_D8ds_v5", minCount: 2 }),
        ),
      ),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.agentPool, agentPoolWith({ mode: "System", minCount: 3 })),
      ),
      [],
    );
  });

  it("follows the configured GPU size pattern", () => {
    const props = agentPoolWith({ vmSize: "Standard_ND96asr_v4", minCount: 2 });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, props)), [
      "minCount must be 0 on a GPU pool; it is 2.",
    ]);
    const result = runResourcePolicy(rule, T.agentPool, props, {
      config: { gpuVmSizePattern: "^Standard_NC" },
    });
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the VM size is unknown", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ vmSize: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .vmSize can't be known during preview");
  });
});
