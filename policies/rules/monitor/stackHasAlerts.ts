import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, referencedThrough, stackRule, T, TYPE_GROUPS, UNRESOLVED } from "../../lib";

/** A serving resource someone must hear about, and how its ARM ID ends (from its known inputs). */
interface Watched {
  readonly type: string;
  readonly label: string;
  readonly idSuffix: (props: Record<string, any>) => string;
}

const WATCHED: readonly Watched[] = [
  {
    type: T.mlOnlineEndpoint,
    label: "online endpoint",
    idSuffix: (p) =>
      `/resourceGroups/${p.resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/${p.workspaceName}/onlineEndpoints/${p.endpointName}`,
  },
  {
    type: T.managedCluster,
    label: "AKS cluster",
    idSuffix: (p) =>
      `/resourceGroups/${p.resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/${p.resourceName}`,
  },
  {
    type: T.aiAccount,
    label: "AI services account",
    idSuffix: (p) =>
      `/resourceGroups/${p.resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/${p.accountName}`,
  },
];

const ACTION_GROUP_ID = /\/providers\/microsoft\.insights\/actiongroups\/[^/]+$/i;

type Verdict = "yes" | "no" | "unknown";

/** Whether the alert rule watches the resource (or one of its children, e.g. a deployment). */
function watches(rule: PolicyResource, resource: PolicyResource, watched: Watched): Verdict {
  if (referencedThrough(rule, "scopes").some((r) => r.urn === resource.urn)) return "yes";
  const scopes = peek(() => rule.props.scopes as unknown);
  const suffix = peek(() => watched.idSuffix(resource.props).toLowerCase());
  if (scopes === UNRESOLVED || suffix === UNRESOLVED) return "unknown";
  if (!Array.isArray(scopes)) return "no";
  let verdict: Verdict = "no";
  for (let i = 0; i < scopes.length; i++) {
    const scope = peek(() => scopes[i] as unknown);
    if (scope === UNRESOLVED) verdict = "unknown";
    else if (typeof scope === "string") {
      const s = scope.toLowerCase();
      if (s.endsWith(suffix) || s.includes(`${suffix}/`)) return "yes";
    }
  }
  return verdict;
}

/** The action group IDs a metric alert (`actions[].actionGroupId`) or log alert names. */
function actionGroupIds(rule: PolicyResource): unknown[] | typeof UNRESOLVED {
  return peek(() => {
    const actions = rule.props.actions as unknown;
    if (Array.isArray(actions)) return actions.map((a) => a?.actionGroupId as unknown);
    const groups = (actions as { actionGroups?: unknown } | undefined)?.actionGroups;
    return Array.isArray(groups) ? [...groups] : [];
  });
}

/** Whether an enabled alert rule notifies an action group. */
function notifies(rule: PolicyResource, actionGroups: readonly PolicyResource[]): Verdict {
  const enabled = peek(() => rule.props.enabled as unknown);
  if (enabled === UNRESOLVED) return "unknown";
  if (enabled === false) return "no";
  const edges = referencedThrough(rule, "actions");
  if (edges.some((r) => actionGroups.some((g) => g.urn === r.urn))) return "yes";
  const ids = actionGroupIds(rule);
  if (ids === UNRESOLVED) return "unknown";
  if (ids.some((id) => typeof id === "string" && ACTION_GROUP_ID.test(id))) return "yes";
  return "no";
}

export const stackHasAlerts = stackRule({
  name: "stack-has-alerts",
  description:
    "Every online endpoint, AKS cluster and Azure OpenAI account in the stack is watched by an enabled alert rule that notifies an action group.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: [
    "own:WAF for AI workloads automated monitoring and alerting",
    "azpol:Azure Monitor should have an action group configured",
  ],
  remediationSteps:
    "Add a monitor:MetricAlert or monitor:ScheduledQueryRule whose scopes include the resource's ID (endpoint latency and errors, AKS node health and capacity, Azure OpenAI availability and throttling) and whose actions name a monitor:ActionGroup (the Observability component and AiLandingZone create both).",
  url: "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview",
  types: [...WATCHED.map((w) => w.type), ...TYPE_GROUPS.alertRule, ...TYPE_GROUPS.actionGroup],
  validate: (resources, ctx) => {
    const rules = ofType(resources, TYPE_GROUPS.alertRule);
    const actionGroups = ofType(resources, TYPE_GROUPS.actionGroup);
    const routing = new Map(rules.map((r) => [r.urn, notifies(r, actionGroups)]));
    for (const watched of WATCHED) {
      for (const resource of ofType(resources, [watched.type])) {
        const targeting = rules
          .map((rule) => ({ rule, target: watches(rule, resource, watched) }))
          .filter((t) => t.target !== "no");
        const verdicts = targeting.map(({ rule, target }) => {
          const routed = routing.get(rule.urn) ?? "no";
          return target === "yes" && routed === "yes" ? "yes" : routed === "no" ? "no" : "unknown";
        });
        // A rule that may turn out to watch and notify leaves the question open.
        if (verdicts.includes("yes") || verdicts.includes("unknown")) continue;
        ctx.report(
          targeting.length === 0
            ? `The ${watched.label} '${resource.name}' has no alert rule whose scopes include it; add a metric or log alert on its health and saturation.`
            : `The ${watched.label} '${resource.name}' is watched only by alert rules that are disabled or notify no action group (${targeting.map((t) => `'${t.rule.name}'`).join(", ")}); enable them and add an action group to their actions.`,
          resource,
        );
      }
    }
  },
});
