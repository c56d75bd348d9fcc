import type { ScheduledQueryRuleArgs } from "@pulumi/azure-native/monitor";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

export const scheduledQueryNotEveryMinute = resourceRule({
  name: "scheduled-query-not-every-minute",
  description:
    "Log search alerts do not run their query every minute, the most expensive evaluation frequency.",
  severity: "low",
  pillar: "cost-optimization",
  principle: "optimize-operational-costs",
  anchors: ["psrule:Azure.Alert.HighFrequencyQuery"],
  remediationSteps:
    "Set evaluationFrequency to 'PT5M' or longer; use a metric alert when a one-minute reaction is needed.",
  url: "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule",
  types: TYPE_GROUPS.scheduledQueryRule,
  validate: (props: Props<ScheduledQueryRuleArgs>, ctx) => {
    if ("evaluationFrequency" in props && props.evaluationFrequency === "PT1M") {
      ctx.report("evaluationFrequency is 'PT1M'; evaluate every 5 minutes (PT5M) or less often.");
    }
  },
});
