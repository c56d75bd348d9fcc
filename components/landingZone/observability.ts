import type * as pulumi from "@pulumi/pulumi";
import {
  CostGuardrails,
  CostGuardrailsArgs,
  Observability,
  ObservabilityArgs,
} from "../monitoring";
import { requiredTagNames } from "./args";
import type { Zone } from "./resolve";

export function observabilityArgs(zone: Zone): ObservabilityArgs {
  const override = zone.args.observability;
  return {
    ...zone.common,
    protect: zone.protect,
    actionGroup: {
      emailReceivers: zone.args.alertEmails.map((emailAddress, i) => ({
        name: `email-${i + 1}`,
        emailAddress,
      })),
    },
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildObservability(zone: Zone, parent: pulumi.Resource): Observability {
  return new Observability(`${zone.name}-obs`, observabilityArgs(zone), { parent });
}

export interface BudgetDeps {
  observability: Pick<Observability, "actionGroupResourceId">;
}

export function budgetArgs(zone: Zone, deps: BudgetDeps): CostGuardrailsArgs {
  return {
    resourceGroupName: zone.common.resourceGroupName,
    amount: zone.args.budgetAmount,
    actionGroupResourceId: deps.observability.actionGroupResourceId,
    tags: zone.tags,
    requiredTagNames: [...requiredTagNames],
  };
}

export function buildBudget(zone: Zone, parent: pulumi.Resource, deps: BudgetDeps): CostGuardrails {
  return new CostGuardrails(`${zone.name}-budget`, budgetArgs(zone, deps), { parent });
}
