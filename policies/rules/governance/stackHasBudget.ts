import { ofType, stackRule, T } from "../../lib";

export const stackHasBudget = stackRule({
  name: "stack-has-budget",
  description: "A stack that deploys Azure resources also deploys a cost budget.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["own:Azure Cost Management budgets guidance", "own:WAF cost accountability"],
  remediationSteps:
    "Add a consumption:Budget scoped to the stack's resource group or subscription, with notifications to the owning team.",
  url: "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets",
  types: [T.budget],
  validate: (resources, ctx) => {
    const azure = resources.filter((r) => r.type.startsWith("azure-native:"));
    if (azure.length === 0) return;
    if (ofType(resources, [T.budget]).length === 0) {
      ctx.report(
        "The stack has no consumption:Budget; add one so spend is tracked and alerted on.",
      );
    }
  },
});
