import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlTrainingComputeScaleToZero as rule } from "../../../../policies/rules/ml/trainingComputeScaleToZero";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aml-training-compute-scale-to-zero", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a cluster that keeps nodes running as advisory", () => {
    const props = clusterWith({ scaleSettings: { minNodeCount: 2, maxNodeCount: 4 } });
    const result = runResourcePolicy(rule, T.mlCompute, props);
    assert.deepStrictEqual(messages(result), [
      "properties.properties.scaleSettings.minNodeCount must be 0; it is 2.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("passes when the minimum is left to Azure's default of 0", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlCompute, clusterWith({ scaleSettings: { maxNodeCount: 4 } })),
      ),
      [],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlCompute, clusterWith({ scaleSettings: undefined }))),
      [],
    );
  });

  it("is skipped at preview when minNodeCount is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlCompute,
      clusterWith({ scaleSettings: { minNodeCount: UNKNOWN, maxNodeCount: 4 } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.properties.scaleSettings.minNodeCount can't be known during preview",
    );
  });
});
