import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPlatformLogs as rule } from "../../../../policies/rules/aks/platformLogs";
import { messages, runStackPolicy, UNKNOWN, urnOf } from "../../../helpers/policyArgs";
import { clusterResource, clusterSetting, logsOf } from "./stackFixtures";

const ALL = ["cluster-autoscaler", "kube-apiserver", "kube-controller-manager", "kube-scheduler"];

describe("aks-platform-logs", () => {
  it("passes a cluster that collects every platform log and AllMetrics", () => {
    const result = runStackPolicy(rule, [clusterResource(), clusterSetting(logsOf(...ALL))]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const grouped = clusterSetting([{ categoryGroup: "allLogs", enabled: true }]);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), grouped])), []);
  });

  it("accepts categories split across settings", () => {
    const first = clusterSetting(logsOf("cluster-autoscaler", "kube-apiserver"), [], "first");
    const second = clusterSetting(
      logsOf("kube-controller-manager", "kube-scheduler"),
      undefined,
      "second",
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), first, second])), []);
  });

  it("reports the missing log and metric categories on the cluster", () => {
    const setting = clusterSetting(
      logsOf("kube-apiserver", "cluster-autoscaler", "kube-audit-admin"),
      [],
    );
    const result = runStackPolicy(rule, [clusterResource(), setting]);
    assert.deepStrictEqual(messages(result), [
      "AKS cluster 'aks' does not collect 'kube-controller-manager', 'kube-scheduler', 'AllMetrics' in any diagnostic setting; enable them in a monitor:DiagnosticSetting on the cluster.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.managedCluster, "aks"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports every category of a cluster without diagnostic settings", () => {
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource()])), [
      "AKS cluster 'aks' does not collect 'cluster-autoscaler', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'AllMetrics' in any diagnostic setting; enable them in a monitor:DiagnosticSetting on the cluster.",
    ]);
  });

  it("takes the categories from the config", () => {
    const setting = clusterSetting(logsOf("kube-apiserver"), []);
    const result = runStackPolicy(rule, [clusterResource(), setting], {
      config: { categories: ["kube-apiserver"] },
    });
    assert.deepStrictEqual(messages(result), []);
  });

  it("waits when a setting's metrics are unknown at preview", () => {
    const result = runStackPolicy(rule, [
      clusterResource(),
      clusterSetting(logsOf(...ALL), UNKNOWN),
    ]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });
});
