import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksAuditAdminOnly as rule } from "../../../../policies/rules/aks/auditAdminOnly";
import { messages, runStackPolicy, UNKNOWN, urnOf } from "../../../helpers/policyArgs";
import { clusterResource, clusterSetting, logsOf } from "./stackFixtures";

describe("aks-audit-admin-only", () => {
  it("passes kube-audit-admin, a disabled kube-audit, and a cluster without settings", () => {
    const result = runStackPolicy(rule, [
      clusterResource(),
      clusterSetting(logsOf("kube-audit-admin", "guard")),
    ]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const off = clusterSetting([{ category: "kube-audit", enabled: false }]);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), off])), []);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource()])), []);
  });

  it("reports an enabled kube-audit on the cluster", () => {
    const result = runStackPolicy(rule, [
      clusterResource(),
      clusterSetting(logsOf("kube-audit", "guard")),
    ]);
    assert.deepStrictEqual(messages(result), [
      "AKS cluster 'aks' has a diagnostic setting that enables 'kube-audit'; collect 'kube-audit-admin' instead.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.managedCluster, "aks"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("waits when a setting's logs are unknown at preview", () => {
    const result = runStackPolicy(rule, [clusterResource(), clusterSetting(UNKNOWN)]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });
});
