import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentAllowedInstanceTypes as rule } from "../../../../policies/rules/ml/deploymentAllowedInstanceTypes";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

describe("aml-deployment-allowed-instance-types", () => {
  it("passes the compliant baseline, whatever the case of the size", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.mlOnlineDeployment,
          deploymentWith({ instanceType: "standard_ds3_v2" }),
        ),
      ),
      [],
    );
  });

  it("reports an unapproved size as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ instanceType: "Standard_ND96asr_v4" }),
      {
        config: { allowedInstanceTypes: ["Standard_DS3_v2", "Standard_F4s_v2"] },
      },
    );
    assert.deepStrictEqual(messages(result), [
      "properties.instanceType must be one of 'Standard_DS3_v2', 'Standard_F4s_v2'; it is 'Standard_ND96asr_v4'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a managed deployment without an instance type", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ instanceType: undefined }),
      {
        config: { allowedInstanceTypes: ["Standard_DS3_v2"] },
      },
    );
    assert.deepStrictEqual(messages(result), [
      "properties.instanceType must be one of 'Standard_DS3_v2'; it is not set.",
    ]);
  });

  it("ignores Kubernetes deployments, whose instance types are cluster-defined", () => {
    const props = deploymentWith({ endpointComputeType: "Kubernetes", instanceType: "gpu-large" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlOnlineDeployment, props)), []);
  });

  it("is skipped at preview when the instance type is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ instanceType: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.instanceType can't be known during preview",
    );
  });
});
