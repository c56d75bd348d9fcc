import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { peek, Props, resourceRule, TYPE_GROUPS } from "../../lib";

/**
 * Resource types Azure Monitor publishes no platform metrics for, so a setting on them cannot
 * export AllMetrics (Azure refuses the category): Azure ML registries, which have resource logs
 * (asset reads and writes) only.
 */
const WITHOUT_METRICS = /\/providers\/Microsoft\.MachineLearningServices\/registries\/[^/]+\/?$/i;

export const diagnosticsMetricsEnabled = resourceRule({
  name: "diagnostics-metrics-enabled",
  description:
    "Diagnostic settings export the AllMetrics category so latency and throughput can be analyzed over time.",
  severity: "low",
  pillar: "performance-efficiency",
  principle: "collect-and-analyze-performance-metrics",
  anchors: [
    "azpol:Enable logging by category group for supported resources to Log Analytics",
    "mcsb:LT-3",
  ],
  remediationSteps:
    "Add metrics: [{ category: 'AllMetrics', enabled: true }] to the diagnostic setting.",
  url: "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings#metrics",
  types: TYPE_GROUPS.diagnosticSetting,
  validate: (props: Props<DiagnosticSettingArgs>, ctx) => {
    const metrics = "metrics" in props ? (props.metrics ?? []) : [];
    const exported = metrics.some(
      (m) => m.enabled === true && "category" in m && String(m.category) === "AllMetrics",
    );
    // A target known to have no metrics passes; an unknown target is held to the rule.
    const target = peek(() => props.resourceUri as unknown);
    if (!exported && typeof target === "string" && WITHOUT_METRICS.test(target)) return;
    if (!exported) {
      ctx.report(
        "metrics has no enabled 'AllMetrics' category; add { category: 'AllMetrics', enabled: true }.",
      );
    }
  },
});
