import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentMinInstances as rule } from "../../../../policies/rules/ml/deploymentMinInstances";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

const targetUtilization = (minInstances?: number) =>
  deploymentWith({
    scaleSettings: {
      scaleType: "TargetUtilization",
      maxInstances: 6,
      ...(minInstances === undefined ? {} : { minInstances }),
    },
  });

describe("aml-deployment-min-instances", () => {
  it("passes the compliant baseline and target-utilization scaling with 3 instances", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlOnlineDeployment, targetUtilization(3))),
      [],
    );
  });

  it("reports a single-instance deployment as advisory", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, {
      ...compliantDeployment(),
      sku: { name: "Default", capacity: 1 },
    });
    assert.deepStrictEqual(messages(result), ["sku.capacity must be at least 3; it is 1."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a deployment without a capacity", () => {
    const props = compliantDeployment();
    delete props.sku;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlOnlineDeployment, props)), [
      "sku.capacity must be at least 3; it is not set, so 1.",
    ]);
  });

  it("reports a low target-utilization floor, set or defaulted", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlOnlineDeployment, targetUtilization(2))),
      ["properties.scaleSettings.minInstances must be at least 3; it is 2."],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlOnlineDeployment, targetUtilization())),
      ["properties.scaleSettings.minInstances must be at least 3; it is not set, so 1."],
    );
  });

  it("honours the configured minimum", () => {
    const props = { ...compliantDeployment(), sku: { name: "Default", capacity: 1 } };
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlOnlineDeployment, props, { config: { minInstances: 1 } }),
      ),
      [],
    );
  });

  it("is skipped at preview when the capacity is unknown", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, {
      ...compliantDeployment(),
      sku: { name: "Default", capacity: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .sku.capacity can't be known during preview",
    );
  });
});
