import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

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
    if (!exported) {
      ctx.report(
        "metrics has no enabled 'AllMetrics' category; add { category: 'AllMetrics', enabled: true }.",
      );
    }
  },
});
