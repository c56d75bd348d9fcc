import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksAuditLogs as rule } from "../../../../policies/rules/aks/auditLogs";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { clusterResource, clusterSetting, DIAGNOSTIC_SETTING, logsOf } from "./stackFixtures";

describe("aks-audit-logs", () => {
  it("passes a cluster whose setting collects kube-audit-admin and guard", () => {
    const result = runStackPolicy(rule, [
      clusterResource(),
      clusterSetting(logsOf("kube-audit-admin", "guard")),
    ]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("accepts kube-audit, and the audit or allLogs category groups", () => {
    for (const logs of [
      logsOf("kube-audit", "guard"),
      [{ categoryGroup: "audit", enabled: true }],
      [{ categoryGroup: "allLogs", enabled: true }],
    ]) {
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [clusterResource(), clusterSetting(logs)])),
        [],
      );
    }
  });

  it("reports a cluster without any diagnostic setting, on the cluster", () => {
    const result = runStackPolicy(rule, [clusterResource()]);
    assert.deepStrictEqual(messages(result), [
      "AKS cluster 'aks' has no diagnostic setting; collect both categories in a monitor:DiagnosticSetting.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.managedCluster, "aks"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports settings that miss guard, or that disable the audit category", () => {
    const expected = [
      "AKS cluster 'aks' has no diagnostic setting that enables 'kube-audit-admin' (or 'kube-audit') and 'guard'; collect both categories in a monitor:DiagnosticSetting.",
    ];
    const noGuard = clusterSetting(logsOf("kube-audit-admin", "kube-apiserver"));
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), noGuard])), expected);
    const disabled = clusterSetting([
      { category: "kube-audit-admin", enabled: false },
      { category: "guard", enabled: true },
    ]);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), disabled])), expected);
  });

  it("ignores settings of other resources, and finds the cluster's by graph edge", () => {
    const cluster = clusterResource({ resourceName: "aks-other" });
    const elsewhere = clusterSetting(logsOf("kube-audit-admin", "guard"));
    assert.strictEqual(messages(runStackPolicy(rule, [cluster, elsewhere])).length, 1);
    const linked = stackResource(
      DIAGNOSTIC_SETTING,
      "linked",
      { resourceUri: UNKNOWN, logs: logsOf("kube-audit-admin", "guard") },
      { propertyDependencies: { resourceUri: [cluster] } },
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [cluster, linked])), []);
  });

  it("waits when a setting's logs are unknown at preview", () => {
    const result = runStackPolicy(rule, [clusterResource(), clusterSetting(UNKNOWN)]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });
});
