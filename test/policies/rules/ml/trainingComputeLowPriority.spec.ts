import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlTrainingComputeLowPriority as rule } from "../../../../policies/rules/ml/trainingComputeLowPriority";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster, compliantInstance } from "./fixtures";

describe("aml-training-compute-low-priority", () => {
  it("passes the compliant cluster and ignores instances", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, compliantInstance())), []);
  });

  it("reports a dedicated cluster as advisory", () => {
    const result = runResourcePolicy(rule, T.mlCompute, clusterWith({ vmPriority: "Dedicated" }));
    assert.deepStrictEqual(messages(result), [
      "properties.properties.vmPriority must be 'LowPriority'; it is 'Dedicated'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a cluster that leaves the priority to Azure's default", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlCompute, clusterWith({ vmPriority: undefined }))),
      ["properties.properties.vmPriority must be 'LowPriority'; it is not set, so 'Dedicated'."],
    );
  });

  it("accepts a dedicated cluster exempted with a reason", () => {
    const result = runResourcePolicy(rule, T.mlCompute, clusterWith({ vmPriority: "Dedicated" }), {
      name: "train",
      exemptions: [
        {
          policy: rule.name,
          resource: "train",
          reason: "deadline-bound retraining, ADR-12",
          expires: "2099-12-31",
        },
      ],
    });
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when vmPriority is unknown", () => {
    const result = runResourcePolicy(rule, T.mlCompute, clusterWith({ vmPriority: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.properties.vmPriority can't be known during preview",
    );
  });
});
