import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentEgressDisabled as rule } from "../../../../policies/rules/ml/deploymentEgressDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

describe("aml-deployment-egress-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports egress enabled as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ egressPublicNetworkAccess: "Enabled" }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.egressPublicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset egressPublicNetworkAccess", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.mlOnlineDeployment,
          deploymentWith({ egressPublicNetworkAccess: undefined }),
        ),
      ),
      [
        "properties.egressPublicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
      ],
    );
  });

  it("is skipped at preview when egressPublicNetworkAccess is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ egressPublicNetworkAccess: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.egressPublicNetworkAccess can't be known during preview",
    );
  });
});
