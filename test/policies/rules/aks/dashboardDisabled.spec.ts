import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksDashboardDisabled as rule } from "../../../../policies/rules/aks/dashboardDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const withDashboard = (kubeDashboard: unknown) =>
  clusterWith({ addonProfiles: { ...compliantCluster().addonProfiles, kubeDashboard } });

describe("aks-dashboard-disabled", () => {
  it("passes the compliant baseline and an explicitly disabled dashboard", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const off = withDashboard({ enabled: false });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, off)), []);
  });

  it("reports the dashboard enabled, whatever the key casing, as advisory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withDashboard({ enabled: true }));
    assert.deepStrictEqual(messages(result), [
      "addonProfiles.kubeDashboard.enabled must be false; it is true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    const lower = clusterWith({ addonProfiles: { kubedashboard: { enabled: true } } });
    assert.strictEqual(messages(runResourcePolicy(rule, T.managedCluster, lower)).length, 1);
  });

  it("is skipped at preview when the dashboard's flag is unknown", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withDashboard({ enabled: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .addonProfiles.kubeDashboard.enabled can't be known during preview",
    );
  });
});
