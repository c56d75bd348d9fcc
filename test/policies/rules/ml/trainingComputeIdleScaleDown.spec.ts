import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlTrainingComputeIdleScaleDown as rule } from "../../../../policies/rules/ml/trainingComputeIdleScaleDown";
import { durationSeconds } from "../../../../policies/rules/ml/lib/duration";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const idle = (nodeIdleTimeBeforeScaleDown: unknown) =>
  clusterWith({ scaleSettings: { minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown } });

describe("aml-training-compute-idle-scale-down", () => {
  it("parses ISO 8601 durations", () => {
    assert.strictEqual(durationSeconds("PT120S"), 120);
    assert.strictEqual(durationSeconds("PT30M"), 1800);
    assert.strictEqual(durationSeconds("P1DT2H"), 93600);
    assert.strictEqual(durationSeconds("PT1.5M"), 90);
    assert.strictEqual(durationSeconds("P"), undefined);
    assert.strictEqual(durationSeconds("PT"), undefined);
    assert.strictEqual(durationSeconds("30m"), undefined);
  });

  it("passes the compliant baseline and Azure's default", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlCompute, clusterWith({ scaleSettings: { maxNodeCount: 4 } })),
      ),
      [],
    );
  });

  it("reports a long idle time as advisory", () => {
    const result = runResourcePolicy(rule, T.mlCompute, idle("PT2H"));
    assert.deepStrictEqual(messages(result), [
      "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown must be at most 'PT30M'; it is 'PT2H'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a value that is not a duration", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, idle("10 minutes"))), [
      "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown must be an ISO 8601 duration of at most 'PT30M'; it is '10 minutes'.",
    ]);
  });

  it("honours the configured maximum", () => {
    const result = runResourcePolicy(rule, T.mlCompute, idle("PT10M"), {
      config: { maxIdleTimeBeforeScaleDown: "PT5M" },
    });
    assert.deepStrictEqual(messages(result), [
      "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown must be at most 'PT5M'; it is 'PT10M'.",
    ]);
  });

  it("is skipped at preview when the idle time is unknown", () => {
    const result = runResourcePolicy(rule, T.mlCompute, idle(UNKNOWN));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown can't be known during preview",
    );
  });
});
