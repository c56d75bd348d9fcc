import { ofType, stackRule, T, TYPE_GROUPS } from "../../lib";

/** Workloads whose failures and saturation someone must hear about. */
const WATCHED = [T.mlOnlineEndpoint, T.managedCluster, T.aiAccount];

export const stackHasAlerts = stackRule({
  name: "stack-has-alerts",
  description:
    "A stack that serves models or runs AKS or Azure OpenAI also deploys alert rules and an action group that receives them.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: [
    "own:WAF for AI workloads automated monitoring and alerting",
    "azpol:Azure Monitor should have an action group configured",
  ],
  remediationSteps:
    "Add monitor:MetricAlert or monitor:ScheduledQueryRule rules for endpoint latency and errors, AKS node health and capacity, and route them to a monitor:ActionGroup (the Observability component creates both).",
  url: "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview",
  types: [...WATCHED, ...TYPE_GROUPS.alertRule, ...TYPE_GROUPS.actionGroup],
  validate: (resources, ctx) => {
    // Presence decides; alert scopes and IDs are often unknown at preview and are not read.
    const watched = ofType(resources, WATCHED);
    if (watched.length === 0) return;
    const kinds = [...new Set(watched.map((r) => r.type.split(":").pop()))].join(", ");
    if (ofType(resources, TYPE_GROUPS.alertRule).length === 0) {
      ctx.report(
        `The stack deploys ${kinds} but no metric or log alert rule; add alerts for their health and saturation.`,
      );
    }
    if (ofType(resources, TYPE_GROUPS.actionGroup).length === 0) {
      ctx.report(
        `The stack deploys ${kinds} but no action group; add one so alerts reach someone.`,
      );
    }
  },
});
