import type { WorkspaceArgs } from "@pulumi/azure-native/operationalinsights";
import { Props, resourceRule, T } from "../../lib";

export const logAnalyticsRetention = resourceRule({
  name: "log-analytics-retention",
  description: "Log Analytics workspaces keep logs for at least the configured number of days.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["own:Pulumi best practices log-analytics-retention"],
  remediationSteps: "Set retentionInDays to at least minimumDays (Azure defaults to 30).",
  url: "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure",
  types: [T.logAnalyticsWorkspace],
  config: {
    minimumDays: {
      type: "integer",
      minimum: 30,
      maximum: 730,
      default: 90,
      description: "Fewest days logs stay queryable.",
    },
  },
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    const min = ctx.config.minimumDays;
    if (!("retentionInDays" in props)) {
      ctx.report(`retentionInDays is not set (30 days); set it to at least ${min}.`);
    } else if (typeof props.retentionInDays !== "number" || props.retentionInDays < min) {
      ctx.report(`retentionInDays is ${String(props.retentionInDays)}; keep at least ${min} days.`);
    }
  },
});
