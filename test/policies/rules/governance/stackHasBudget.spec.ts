import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { stackHasBudget as rule } from "../../../../policies/rules/governance/stackHasBudget";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

const GROUP_SCOPE = "/subscriptions/3f2a/resourceGroups/rg-ailz";
const account = () => stackResource(T.storageAccount, "st", { resourceGroupName: "RG-AILZ" });
const notification = (fields: Record<string, unknown> = {}) => ({
  enabled: true,
  operator: "GreaterThanOrEqualTo",
  threshold: 100,
  thresholdType: "Actual",
  contactEmails: ["team@example.com"],
  ...fields,
});
const budget = (fields: Record<string, unknown> = {}, name = "budget") =>
  stackResource(T.budget, name, {
    scope: GROUP_SCOPE,
    amount: 1000,
    category: "Cost",
    timeGrain: "Monthly",
    notifications: { actual100: notification() },
    ...fields,
  });
const run = (...resources: ReturnType<typeof stackResource>[]) =>
  runStackPolicy(rule, [account(), ...resources]);
const NOTIFY =
  "notifications has no enabled notification on actual spend at or below 100% of the amount that reaches a recipient; add one (thresholdType 'Actual', operator 'GreaterThanOrEqualTo', threshold of at most 100, contactEmails, contactGroups or contactRoles).";

describe("stack-has-budget", () => {
  it("passes a budget on the stack's resource group (any case) or its subscription", () => {
    assert.deepStrictEqual(messages(run(budget())), []);
    assert.deepStrictEqual(messages(run(budget({ scope: "/subscriptions/3f2a" }))), []);
  });

  it("reports an Azure stack without budget, as advisory", () => {
    const result = runStackPolicy(rule, [account()]);
    assert.deepStrictEqual(messages(result), [
      "The stack has no consumption:Budget; add one so spend is tracked and alerted on.",
    ]);
    assert.strictEqual(result.violations[0].urn, undefined);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a budget on another resource group or a management group, attached to it", () => {
    const other = budget({ scope: "/subscriptions/3f2a/resourceGroups/rg-other" });
    const result = run(other);
    assert.deepStrictEqual(messages(result), [
      "The budget 'budget': scope is the resource group 'rg-other', which holds none of this stack's resources; scope the budget to the stack's resource group or subscription.",
    ]);
    assert.strictEqual(result.violations[0].urn, other.urn);
    const mg = "/providers/Microsoft.Management/managementGroups/corp";
    assert.deepStrictEqual(messages(run(budget({ scope: mg }))), [
      `The budget 'budget': scope is '${mg}'; scope the budget to the stack's resource group or subscription.`,
    ]);
    assert.deepStrictEqual(messages(run(budget({ scope: null }))), [
      "The budget 'budget': scope is not set; scope the budget to the stack's resource group or subscription.",
    ]);
  });

  it("takes the threshold at the limit and reports one past it", () => {
    assert.deepStrictEqual(
      messages(run(budget({ notifications: { a: notification({ threshold: 100 }) } }))),
      [],
    );
    assert.deepStrictEqual(
      messages(run(budget({ notifications: { a: notification({ threshold: 101 }) } }))),
      [`The budget 'budget': ${NOTIFY}`],
    );
  });

  it("honours a configured limit", () => {
    const b = budget({ notifications: { a: notification({ threshold: 120 }) } });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), b], { config: { maxActualThreshold: 120 } })),
      [],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), b], { config: { maxActualThreshold: 90 } })),
      [
        "The budget 'budget': notifications has no enabled notification on actual spend at or below 90% of the amount that reaches a recipient; add one (thresholdType 'Actual', operator 'GreaterThanOrEqualTo', threshold of at most 90, contactEmails, contactGroups or contactRoles).",
      ],
    );
  });

  it("reports notifications that are off, forecast-only, mistyped, wrongly compared or reach nobody", () => {
    for (const fields of [
      { enabled: false },
      { enabled: null },
      { enabled: "true" },
      { thresholdType: "Forecasted" },
      { operator: "EqualTo" },
      { threshold: "100" },
      { threshold: 0 },
      { contactEmails: [] },
      { contactEmails: null },
    ]) {
      assert.deepStrictEqual(
        messages(run(budget({ notifications: { a: notification(fields) } }))),
        [`The budget 'budget': ${NOTIFY}`],
        JSON.stringify(fields),
      );
    }
    assert.deepStrictEqual(messages(run(budget({ notifications: {} }))), [
      `The budget 'budget': ${NOTIFY}`,
    ]);
  });

  it("counts an unset threshold type as actual spend, and action groups and roles as recipients", () => {
    const n = notification({ thresholdType: undefined, contactEmails: [] });
    for (const recipients of [{ contactGroups: [UNKNOWN] }, { contactRoles: ["Owner"] }]) {
      assert.deepStrictEqual(
        messages(run(budget({ notifications: { a: { ...n, ...recipients } } }))),
        [],
      );
    }
  });

  it("passes when one of several budgets qualifies", () =>
    assert.deepStrictEqual(
      messages(run(budget({ scope: "/subscriptions/x/resourceGroups/other" }, "b1"), budget())),
      [],
    ));

  it("is undecided at preview while a budget that could qualify is unknown", () => {
    const unknown = run(budget({ scope: "/x" }, "b1"), budget({ notifications: UNKNOWN }, "b2"));
    assert.deepStrictEqual(unknown.violations, []);
    assert.strictEqual(
      unknown.unknown,
      "string value at .notifications can't be known during preview",
    );
    const nested = run(budget({ notifications: { a: notification({ threshold: UNKNOWN }) } }));
    assert.strictEqual(
      nested.unknown,
      "string value at .notifications.a.threshold can't be known during preview",
    );
  });

  it("decides a scope unknown at preview through the graph when it is the stack's resource group", () => {
    const group = stackResource("azure-native:resources:ResourceGroup", "rg", {
      resourceGroupName: "rg-ailz",
    });
    const b = stackResource(
      T.budget,
      "budget",
      { scope: UNKNOWN, notifications: { a: notification() } },
      { propertyDependencies: { scope: [group] } },
    );
    assert.deepStrictEqual(messages(run(group, b)), []);
  });

  it("ignores stacks without Azure resources", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [stackResource("random:index/randomPet:RandomPet", "pet", {})]),
      ),
      [],
    ));
});
