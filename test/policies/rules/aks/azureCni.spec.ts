import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksAzureCni as rule } from "../../../../policies/rules/aks/azureCni";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const withPlugin = (networkPlugin: unknown) =>
  clusterWith({ networkProfile: { ...compliantCluster().networkProfile, networkPlugin } });

describe("aks-azure-cni", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports kubenet and an unset plugin as advisory", () => {
    const kubenet = runResourcePolicy(rule, T.managedCluster, withPlugin("kubenet"));
    assert.deepStrictEqual(messages(kubenet), [
      "networkProfile.networkPlugin must be 'azure'; it is 'kubenet'.",
    ]);
    assert.strictEqual(kubenet.violations[0].enforcementLevel, "advisory");
    const expected = ["networkProfile.networkPlugin must be 'azure'; it is not set."];
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, withPlugin(undefined))),
      expected,
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ networkProfile: undefined })),
      ),
      expected,
    );
  });

  it("is skipped at preview when networkProfile is unknown (azure-native wraps it whole)", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ networkProfile: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .networkProfile can't be known during preview",
    );
  });
});
