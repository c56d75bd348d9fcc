import type { MetricAlertArgs } from "@pulumi/azure-native/monitor";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

export const metricAlertAutoMitigate = resourceRule({
  name: "metric-alert-auto-mitigate",
  description: "Metric alerts resolve themselves when the condition clears.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["psrule:Azure.Alert.MetricAutoMitigate"],
  remediationSteps: "Remove autoMitigate: false, or set it to true (the Azure default).",
  url: "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-metric-overview",
  types: TYPE_GROUPS.metricAlert,
  validate: (props: Props<MetricAlertArgs>, ctx) => {
    // Unset means true, the Azure default for metric alerts.
    if ("autoMitigate" in props && props.autoMitigate === false) {
      ctx.report(
        "autoMitigate is false, so someone must resolve each alert by hand; set it to true.",
      );
    }
  },
});
