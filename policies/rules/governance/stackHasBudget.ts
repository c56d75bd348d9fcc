import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, referencedThrough, skipUnknown, stackRule, T, UNRESOLVED } from "../../lib";

const RESOURCE_GROUP = "azure-native:resources:ResourceGroup";
const SUBSCRIPTION_SCOPE = /^\/subscriptions\/[^/]+\/?$/i;
const GROUP_SCOPE = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/?$/i;
const NOTIFYING_OPERATORS = ["GreaterThan", "GreaterThanOrEqualTo"];

/** The resource groups the stack deploys into (lower case), from the names it knows. */
function stackGroups(resources: readonly PolicyResource[]): Set<string> {
  const groups = new Set<string>();
  for (const r of resources) {
    if (!r.type.startsWith("azure-native:")) continue;
    const name = peek(() => r.props.resourceGroupName as unknown);
    if (typeof name === "string") groups.add(name.toLowerCase());
  }
  return groups;
}

/** "ok", a value unknown at preview (how to read it again), or what is wrong. */
type Verdict = "ok" | { unknown: () => unknown } | string;

/** Where the budget watches. */
function judgeScope(budget: PolicyResource, groups: Set<string>): Verdict {
  const scope = peek(() => budget.props.scope as unknown);
  if (scope === UNRESOLVED) {
    // Composed from an output: a scope that is the stack's own resource group still decides.
    const edges = referencedThrough(budget, "scope");
    return edges.some((r) => r.type === RESOURCE_GROUP)
      ? "ok"
      : { unknown: () => budget.props.scope };
  }
  if (typeof scope !== "string" || scope === "") {
    return "scope is not set; scope the budget to the stack's resource group or subscription.";
  }
  if (SUBSCRIPTION_SCOPE.test(scope)) return "ok";
  const group = GROUP_SCOPE.exec(scope);
  if (group !== null && groups.has(group[1].toLowerCase())) return "ok";
  return group !== null
    ? `scope is the resource group '${group[1]}', which holds none of this stack's resources; scope the budget to the stack's resource group or subscription.`
    : `scope is '${scope}'; scope the budget to the stack's resource group or subscription.`;
}

/** Whether a notification's recipient list names someone (elements may be unknown at preview). */
function names(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}

/** Whom the budget tells, and when. */
function judgeNotifications(budget: PolicyResource, maxThreshold: number): Verdict {
  const notifications = peek(() => budget.props.notifications as unknown);
  if (notifications === UNRESOLVED) return { unknown: () => budget.props.notifications };
  let unknown: Verdict | undefined;
  if (notifications !== null && typeof notifications === "object") {
    for (const key of Object.keys(notifications)) {
      const read = () => {
        const v = (notifications as Record<string, any>)[key] ?? {};
        return {
          enabled: v.enabled as unknown,
          operator: v.operator as unknown,
          threshold: v.threshold as unknown,
          thresholdType: (v.thresholdType ?? "Actual") as unknown,
          // Only the lists' lengths are read: an action group ID may be unknown at preview.
          recipients: names(v.contactEmails) || names(v.contactGroups) || names(v.contactRoles),
        };
      };
      const n = peek(read);
      if (n === UNRESOLVED) {
        unknown = { unknown: read };
        continue;
      }
      if (
        n.enabled === true &&
        n.thresholdType === "Actual" &&
        typeof n.operator === "string" &&
        NOTIFYING_OPERATORS.includes(n.operator) &&
        typeof n.threshold === "number" &&
        n.threshold > 0 &&
        n.threshold <= maxThreshold &&
        n.recipients
      ) {
        return "ok";
      }
    }
  }
  if (unknown !== undefined) return unknown;
  return `notifications has no enabled notification on actual spend at or below ${maxThreshold}% of the amount that reaches a recipient; add one (thresholdType 'Actual', operator 'GreaterThanOrEqualTo', threshold of at most ${maxThreshold}, contactEmails, contactGroups or contactRoles).`;
}

export const stackHasBudget = stackRule<{ maxActualThreshold: number }>({
  name: "stack-has-budget",
  description:
    "A stack that deploys Azure resources also deploys a cost budget on its resource group or subscription that tells someone when actual spend reaches the amount.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["own:Azure Cost Management budgets guidance", "own:WAF cost accountability"],
  remediationSteps:
    "Add a consumption:Budget whose scope is the stack's resource group (/subscriptions/<id>/resourceGroups/<name>) or subscription, with an enabled notification on actual spend at or below 100% (thresholdType 'Actual') sent to contactEmails, contactGroups (an action group) or contactRoles.",
  url: "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets",
  types: [T.budget],
  config: {
    maxActualThreshold: {
      type: "number",
      exclusiveMinimum: 0,
      maximum: 1000,
      default: 100,
      description:
        "The highest percentage of the budget amount, of actual spend, at which the first notification may fire.",
    },
  },
  validate: (resources, ctx) => {
    const azure = resources.filter((r) => r.type.startsWith("azure-native:"));
    if (azure.length === 0) return;
    const budgets = ofType(resources, [T.budget]);
    if (budgets.length === 0) {
      ctx.report(
        "The stack has no consumption:Budget; add one so spend is tracked and alerted on.",
      );
      return;
    }
    const groups = stackGroups(resources);
    const verdicts = budgets.map((budget) => ({
      budget,
      problems: [
        judgeScope(budget, groups),
        judgeNotifications(budget, ctx.config.maxActualThreshold),
      ],
    }));
    if (verdicts.some((v) => v.problems.every((p) => p === "ok"))) return;
    // A budget not known yet may turn out to qualify: undecided until it is known.
    for (const { problems } of verdicts) {
      for (const p of problems) if (typeof p === "object") skipUnknown(p.unknown);
    }
    for (const { budget, problems } of verdicts) {
      for (const problem of problems) {
        if (typeof problem === "string" && problem !== "ok") {
          ctx.report(`The budget '${budget.name}': ${problem}`, budget);
        }
      }
    }
  },
});
