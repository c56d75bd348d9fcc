import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksEntraAzureRbac as rule } from "../../../../policies/rules/aks/entraAzureRbac";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-entra-azure-rbac", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports Kubernetes RBAC turned off as mandatory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, clusterWith({ enableRBAC: false }));
    assert.deepStrictEqual(messages(result), ["enableRBAC must be true; it is false."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a cluster without Entra ID integration", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, clusterWith({ aadProfile: undefined }))),
      ["aadProfile must enable managed Entra ID with Azure RBAC; it is not set."],
    );
  });

  it("reports Entra ID without Azure RBAC, and legacy (unmanaged) integration", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ aadProfile: { managed: true } })),
      ),
      ["aadProfile.enableAzureRBAC must be true; it is not set."],
    );
    const legacy = clusterWith({
      aadProfile: { managed: false, enableAzureRBAC: true, serverAppID: "x" },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, legacy)), [
      "aadProfile.managed must be true; it is false.",
    ]);
  });

  it("decides without reading unknown admin group IDs", () => {
    const props = clusterWith({
      aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: UNKNOWN },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when a flag is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ aadProfile: { managed: true, enableAzureRBAC: UNKNOWN } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .aadProfile.enableAzureRBAC can't be known during preview",
    );
  });
});
