import * as pulumi from "@pulumi/pulumi";
import * as consumption from "@pulumi/azure-native/consumption";
import {
  azureContext,
  emailPattern,
  InputValidator,
  mergeTags,
  plain,
  resourceGroupId,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "../common";
import { COST_TAG_KEYS } from "../../policies/facts/costTags";
import { armDate, endDateProblem, firstOfMonthUtc, startDateProblem } from "./budgetPeriod";

/** The cost-accountability tags every landing zone resource carries. */
export const defaultRequiredTagNames: readonly string[] = COST_TAG_KEYS;

/** Azure allows at most five notifications per budget. */
const maxNotifications = 5;

export interface CostGuardrailsArgs {
  /** Required. The resource group the budget watches (and is scoped to). */
  resourceGroupName: pulumi.Input<string>;
  /** Required. The budget per `timeGrain`, in the billing currency; above 0. */
  amount: number;
  /** @default "Monthly" */
  timeGrain?: "Monthly" | "Quarterly" | "Annually";
  /**
   * The first day of the first budget period, `YYYY-MM-01`.
   * @default - the first day of the current month (UTC) when the budget is created; later runs
   * keep the stored date, so the budget does not drift from month to month
   */
  startDate?: string;
  /** The last day of the budget, `YYYY-MM-DD`. @default - ten years after the start (Azure's default) */
  endDate?: string;
  /** @default `budget-<name>` */
  budgetName?: string;
  /** Percentages of `amount` actually spent that notify. @default [50, 75, 90, 100] */
  actualThresholds?: number[];
  /** Percentages of `amount` forecast to be spent that notify. @default [100] */
  forecastThresholds?: number[];
  /**
   * A `Microsoft.Insights/actionGroups` ID to notify; `Observability.actionGroupResourceId` fits.
   * Conditional: this or `contactEmails` is required.
   */
  actionGroupResourceId?: pulumi.Input<string>;
  /** Email addresses to notify. Conditional: this or `actionGroupResourceId` is required. */
  contactEmails?: pulumi.Input<string>[];
  /** Role holders on the resource group to notify as well. @default [] */
  contactRoles?: ("Owner" | "Contributor" | "Reader")[];
  /**
   * Required. The cost-accountability tags, with non-empty values for every `requiredTagNames`
   * key. `CostGuardrails.tags` returns them for every other component's `tags`.
   */
  tags: Tags;
  /** Tag keys that must be present and non-empty. @default ["cost-center", "owner", "environment"] */
  requiredTagNames?: string[];
}

/**
 * Cost accountability for a landing zone: a `consumption:Budget` on its resource group that
 * notifies at 50, 75, 90 and 100% of actual spend and at 100% of forecast spend, and the
 * validated cost-allocation tags (cost center, owner, environment) for every other component.
 */
export class CostGuardrails extends pulumi.ComponentResource {
  public readonly budgetName: pulumi.Output<string>;
  /** Known during preview. */
  public readonly budgetResourceId: pulumi.Output<string>;
  /** The validated tags; pass them as every component's `tags`. */
  public readonly tags: Tags;

  constructor(name: string, args: CostGuardrailsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("ailz:monitoring:CostGuardrails", name, {}, opts);
    validate(name, args);

    const { subscriptionId } = azureContext(this);
    const scope = pulumi
      .all([subscriptionId, args.resourceGroupName])
      .apply(([sub, group]) => resourceGroupId(sub, group));
    const budgetName = args.budgetName ?? `budget-${name}`;
    const recipients = {
      contactEmails: args.contactEmails ?? [],
      contactGroups: args.actionGroupResourceId === undefined ? [] : [args.actionGroupResourceId],
      contactRoles: args.contactRoles ?? [],
    };
    const notification = (kind: "Actual" | "Forecasted", threshold: number) => ({
      enabled: true,
      operator: "GreaterThanOrEqualTo",
      threshold,
      thresholdType: kind,
      ...recipients,
    });
    const notifications: Record<string, ReturnType<typeof notification>> = {};
    for (const t of args.actualThresholds ?? [50, 75, 90, 100])
      notifications[`actual${thresholdKey(t)}`] = notification("Actual", t);
    for (const t of args.forecastThresholds ?? [100])
      notifications[`forecast${thresholdKey(t)}`] = notification("Forecasted", t);

    const fixedStart = args.startDate !== undefined;
    new consumption.Budget(
      `${name}-budget`,
      {
        scope,
        budgetName,
        category: "Cost",
        amount: args.amount,
        timeGrain: args.timeGrain ?? "Monthly",
        timePeriod: {
          startDate: fixedStart ? armDate(args.startDate!) : firstOfMonthUtc(new Date()),
          endDate: args.endDate === undefined ? undefined : armDate(args.endDate),
        },
        notifications,
      },
      {
        parent: this,
        // A clock-derived start would change every month; keep the one stored at creation.
        ignoreChanges: fixedStart ? [] : ["timePeriod.startDate"],
        // Azure refuses to update a budget's start date ("Start date of budgets cannot be
        // updated"), so a deliberate change replaces the budget; its name is fixed, hence
        // delete first.
        replaceOnChanges: ["timePeriod.startDate"],
        deleteBeforeReplace: true,
      },
    );

    this.budgetName = pulumi.output(budgetName);
    this.budgetResourceId = pulumi.interpolate`${scope}/providers/Microsoft.Consumption/budgets/${budgetName}`;
    this.tags = mergeTags(args.tags);
    this.registerOutputs({ budgetName: this.budgetName, budgetResourceId: this.budgetResourceId });
  }
}

/** `50` -> "50", `12.5` -> "12_5": notification keys allow letters, digits and underscores. */
function thresholdKey(t: number): string {
  return String(t).replace(".", "_");
}

function validateThresholds(v: InputValidator, path: string, values: number[] | undefined) {
  (values ?? []).forEach((t, i) =>
    v.check(
      Number.isFinite(t) && t > 0 && t <= 1000,
      `${path}[${i}]`,
      `${t} is out of range: use a percentage above 0 and at most 1000`,
    ),
  );
  if (values && new Set(values).size !== values.length) v.fail(path, "lists a threshold twice");
}

function validate(name: string, args: CostGuardrailsArgs): void {
  const v = new InputValidator("ailz:monitoring:CostGuardrails", name);
  v.check(
    typeof args.amount === "number" && Number.isFinite(args.amount) && args.amount > 0,
    "amount",
    `${args.amount} is not allowed: use an amount above 0 in the billing currency`,
  );
  v.check(
    args.timeGrain === undefined || ["Monthly", "Quarterly", "Annually"].includes(args.timeGrain),
    "timeGrain",
    `"${args.timeGrain}" is not a budget period: use Monthly, Quarterly or Annually`,
  );
  if (args.startDate !== undefined) v.report("startDate", startDateProblem(args.startDate));
  if (args.endDate !== undefined) {
    const problem = endDateProblem(args.endDate);
    v.report("endDate", problem);
    if (!problem && args.startDate !== undefined && !startDateProblem(args.startDate)) {
      v.check(
        args.endDate.slice(0, 10) > args.startDate.slice(0, 10),
        "endDate",
        `${args.endDate} must come after startDate (${args.startDate})`,
      );
    }
  }
  if (args.budgetName !== undefined) {
    v.check(
      /^[A-Za-z0-9_-]{1,63}$/.test(args.budgetName),
      "budgetName",
      `"${args.budgetName}" is not a valid name: use 1-63 letters, digits, hyphens or underscores`,
    );
  }
  validateThresholds(v, "actualThresholds", args.actualThresholds);
  validateThresholds(v, "forecastThresholds", args.forecastThresholds);
  const count =
    (args.actualThresholds ?? [1, 2, 3, 4]).length + (args.forecastThresholds ?? [1]).length;
  v.check(
    count <= maxNotifications,
    "actualThresholds",
    `with forecastThresholds makes ${count} notifications; Azure allows at most ${maxNotifications} per budget`,
  );
  v.check(
    args.actionGroupResourceId !== undefined || (args.contactEmails ?? []).length > 0,
    "actionGroupResourceId",
    "is required unless contactEmails lists someone: budget notifications must reach an owner",
  );
  v.report(
    "actionGroupResourceId",
    resourceIdProblem(args.actionGroupResourceId, "Microsoft.Insights/actionGroups"),
  );
  (args.contactEmails ?? []).forEach((e, i) => {
    const address = plain(e);
    v.check(
      address === undefined || emailPattern.test(address),
      `contactEmails[${i}]`,
      `"${address}" is not an email address`,
    );
  });
  (args.contactRoles ?? []).forEach((r, i) =>
    v.check(
      ["Owner", "Contributor", "Reader"].includes(r),
      `contactRoles[${i}]`,
      `"${r}" is not allowed: use Owner, Contributor or Reader`,
    ),
  );
  v.report("tags", tagProblems(args.tags));
  const tags: Record<string, pulumi.Input<string>> = args.tags ?? {};
  for (const key of args.requiredTagNames ?? defaultRequiredTagNames) {
    if (!(key in tags)) {
      v.fail(`tags["${key}"]`, "is required for cost accountability; set a non-empty value");
      continue;
    }
    const value = plain(tags[key]);
    v.check(
      value === undefined || (typeof value === "string" && value.trim() !== ""),
      `tags["${key}"]`,
      "is empty; set a non-empty value",
    );
  }
  v.throwIfInvalid();
}
