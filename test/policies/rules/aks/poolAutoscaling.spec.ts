import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPoolAutoscaling as rule } from "../../../../policies/rules/aks/poolAutoscaling";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-pool-autoscaling", () => {
  it("passes the compliant cluster and standalone pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports a fixed-size inline pool as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(1, { enableAutoScaling: false, count: 4 }),
    );
    assert.deepStrictEqual(messages(result), [
      "agentPoolProfiles[1].enableAutoScaling must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a standalone pool without autoscaling, and one without bounds", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.agentPool, agentPoolWith({ enableAutoScaling: undefined })),
      ),
      ["enableAutoScaling must be true; it is not set."],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.agentPool,
          agentPoolWith({ minCount: undefined, maxCount: undefined }),
        ),
      ),
      [
        "minCount must be set with autoscaling; it is not set.",
        "maxCount must be set with autoscaling; it is not set.",
      ],
    );
  });

  it("decides on the presence of bounds whose values are unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ minCount: UNKNOWN, maxCount: UNKNOWN }),
    );
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when enableAutoScaling is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ enableAutoScaling: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .enableAutoScaling can't be known during preview",
    );
  });
});
