import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksDefenderEnabled as rule } from "../../../../policies/rules/aks/defenderEnabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-defender-enabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports the sensor off as advisory", () => {
    const props = clusterWith({
      securityProfile: { defender: { securityMonitoring: { enabled: false } } },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(messages(result), [
      "securityProfile.defender.securityMonitoring.enabled must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a cluster without a Defender profile or security profile", () => {
    const expected = [
      "securityProfile.defender.securityMonitoring.enabled must be true; it is not set.",
    ];
    const noDefender = clusterWith({ securityProfile: { workloadIdentity: { enabled: true } } });
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, noDefender)),
      expected,
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ securityProfile: undefined })),
      ),
      expected,
    );
  });

  it("is skipped at preview when securityProfile (wrapped whole by azure-native) is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ securityProfile: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .securityProfile can't be known during preview",
    );
  });
});
