import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlComputeInstanceIdleShutdown as rule } from "../../../../policies/rules/ml/computeInstanceIdleShutdown";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantCluster, compliantInstance, instanceWith } from "./fixtures";

describe("aml-compute-instance-idle-shutdown", () => {
  it("passes the compliant instance and ignores clusters", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantInstance());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, compliantCluster())), []);
  });

  it("reports an instance without idle shutdown as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlCompute,
      instanceWith({ idleTimeBeforeShutdown: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.properties.idleTimeBeforeShutdown must be at most 'PT2H'; it is not set, so the instance never stops.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an idle time above the maximum, or not a duration", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlCompute, instanceWith({ idleTimeBeforeShutdown: "PT8H" })),
      ),
      ["properties.properties.idleTimeBeforeShutdown must be at most 'PT2H'; it is 'PT8H'."],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlCompute, instanceWith({ idleTimeBeforeShutdown: "1h" })),
      ),
      ["properties.properties.idleTimeBeforeShutdown must be at most 'PT2H'; it is '1h'."],
    );
  });

  it("is skipped at preview when the idle time is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlCompute,
      instanceWith({ idleTimeBeforeShutdown: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.properties.idleTimeBeforeShutdown can't be known during preview",
    );
  });
});
