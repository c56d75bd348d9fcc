import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksAutoUpgrade as rule } from "../../../../policies/rules/aks/autoUpgrade";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-auto-upgrade", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports channels turned off as advisory", () => {
    const props = clusterWith({
      autoUpgradeProfile: { upgradeChannel: "none", nodeOSUpgradeChannel: "Unmanaged" },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(messages(result), [
      "autoUpgradeProfile.upgradeChannel must name an upgrade channel; it is 'none'.",
      "autoUpgradeProfile.nodeOSUpgradeChannel must be 'NodeImage' or 'SecurityPatch'; it is 'Unmanaged'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a missing profile", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ autoUpgradeProfile: undefined })),
      ),
      [
        "autoUpgradeProfile.upgradeChannel must name an upgrade channel; it is not set.",
        "autoUpgradeProfile.nodeOSUpgradeChannel must be 'NodeImage' or 'SecurityPatch'; it is not set.",
      ],
    );
  });

  it("reports node OS channel None", () => {
    const props = clusterWith({
      autoUpgradeProfile: { upgradeChannel: "stable", nodeOSUpgradeChannel: "None" },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "autoUpgradeProfile.nodeOSUpgradeChannel must be 'NodeImage' or 'SecurityPatch'; it is 'None'.",
    ]);
  });

  it("is skipped at preview when a channel is unknown", () => {
    const props = clusterWith({
      autoUpgradeProfile: { upgradeChannel: UNKNOWN, nodeOSUpgradeChannel: "NodeImage" },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .autoUpgradeProfile.upgradeChannel can't be known during preview",
    );
  });
});
