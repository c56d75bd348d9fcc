import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentAppInsights as rule } from "../../../../policies/rules/ml/deploymentAppInsights";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

describe("aml-deployment-app-insights", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports telemetry off as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ appInsightsEnabled: false }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.appInsightsEnabled must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset appInsightsEnabled", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.mlOnlineDeployment,
          deploymentWith({ appInsightsEnabled: undefined }),
        ),
      ),
      ["properties.appInsightsEnabled must be true; it is not set."],
    );
  });

  it("is skipped at preview when appInsightsEnabled is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ appInsightsEnabled: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.appInsightsEnabled can't be known during preview",
    );
  });
});
