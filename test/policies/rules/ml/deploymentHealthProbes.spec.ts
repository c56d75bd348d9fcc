import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentHealthProbes as rule } from "../../../../policies/rules/ml/deploymentHealthProbes";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

describe("aml-deployment-health-probes", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a missing liveness probe as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ livenessProbe: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.livenessProbe must be set; it is not set, so the service's generic default applies.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a missing readiness probe", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.mlOnlineDeployment,
          deploymentWith({ readinessProbe: undefined }),
        ),
      ),
      [
        "properties.readinessProbe must be set; it is not set, so the service's generic default applies.",
      ],
    );
  });

  it("decides on presence when probe timings are unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ livenessProbe: UNKNOWN, readinessProbe: UNKNOWN }),
    );
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when properties is unknown", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, {
      ...compliantDeployment(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
