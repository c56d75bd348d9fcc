import * as assert from "assert";
import {
  CostGuardrails,
  CostGuardrailsArgs,
  firstOfMonthUtc,
  startDateProblem,
} from "../../../components/monitoring";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, rg } from "../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  OptionsRecorder,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../helpers/mocks";

const ag = `${group}/providers/Microsoft.Insights/actionGroups/ag-obs`;
const tags = { "cost-center": "cc-42", owner: "ml-platform", environment: "prod" };
const args = (extra: Partial<CostGuardrailsArgs> = {}): CostGuardrailsArgs => ({
  resourceGroupName: rg,
  amount: 5000,
  actionGroupResourceId: ag,
  tags,
  ...extra,
});
const B = "azure-native:consumption:Budget";

describe("CostGuardrails", () => {
  const mocks = mocksPerSpec();

  it("budgets the resource group monthly, notifying the action group at 50/75/90/100% actual and 100% forecast", async () => {
    const recorder = new OptionsRecorder();
    const guard = new CostGuardrails("lz", args(), { transformations: [recorder.transformation] });
    await settle();
    const b = mocks.one(B).inputs;
    const to = { contactEmails: [], contactGroups: [ag], contactRoles: [] };
    const n = (threshold: number, thresholdType: string) => ({
      enabled: true,
      operator: "GreaterThanOrEqualTo",
      threshold,
      thresholdType,
      ...to,
    });
    assert.deepStrictEqual(
      {
        scope: b.scope,
        budgetName: b.budgetName,
        category: b.category,
        amount: b.amount,
        timeGrain: b.timeGrain,
        notifications: b.notifications,
      },
      {
        scope: group,
        budgetName: "budget-lz",
        category: "Cost",
        amount: 5000,
        timeGrain: "Monthly",
        notifications: {
          actual50: n(50, "Actual"),
          actual75: n(75, "Actual"),
          actual90: n(90, "Actual"),
          actual100: n(100, "Actual"),
          forecast100: n(100, "Forecasted"),
        },
      },
    );
    assert.strictEqual(
      await unwrap(guard.budgetResourceId),
      `${group}/providers/Microsoft.Consumption/budgets/budget-lz`,
    );
    assert.deepStrictEqual(guard.tags, tags);
  });

  it("starts the default period on the first of this month and keeps the stored start on later runs", async () => {
    const recorder = new OptionsRecorder();
    const before = firstOfMonthUtc(new Date());
    new CostGuardrails("d", args(), { transformations: [recorder.transformation] });
    await settle();
    const after = firstOfMonthUtc(new Date());
    const start = mocks.one(B).inputs.timePeriod.startDate;
    assert.ok([before, after].includes(start), `start ${start}`);
    assert.match(start, /^\d{4}-\d{2}-01T00:00:00Z$/);
    assert.deepStrictEqual(recorder.options.get(`${B}::d-budget`)?.ignoreChanges, [
      "timePeriod.startDate",
    ]);
  });

  it("uses an explicit period as given, without ignoring changes to it", async () => {
    const recorder = new OptionsRecorder();
    new CostGuardrails(
      "e",
      args({
        startDate: "2026-07-01",
        endDate: "2027-06-30",
        timeGrain: "Quarterly",
        actualThresholds: [80, 100],
        forecastThresholds: [90, 110],
        actionGroupResourceId: undefined,
        contactEmails: ["finops@example.com"],
        contactRoles: ["Owner"],
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const b = mocks.one(B).inputs;
    assert.deepStrictEqual(b.timePeriod, {
      startDate: "2026-07-01T00:00:00Z",
      endDate: "2027-06-30T00:00:00Z",
    });
    assert.strictEqual(b.timeGrain, "Quarterly");
    assert.deepStrictEqual(Object.keys(b.notifications).sort(), [
      "actual100",
      "actual80",
      "forecast110",
      "forecast90",
    ]);
    assert.deepStrictEqual(b.notifications.forecast110, {
      enabled: true,
      operator: "GreaterThanOrEqualTo",
      threshold: 110,
      thresholdType: "Forecasted",
      contactEmails: ["finops@example.com"],
      contactGroups: [],
      contactRoles: ["Owner"],
    });
    const options = recorder.options.get(`${B}::e-budget`);
    assert.deepStrictEqual(
      [options?.ignoreChanges, options?.replaceOnChanges, options?.deleteBeforeReplace],
      [[], ["timePeriod.startDate"], true],
    );
  });

  it("computes the first of the month in UTC", () => {
    assert.strictEqual(firstOfMonthUtc(new Date("2026-11-26T21:00:00Z")), "2026-11-01T00:00:00Z");
    assert.strictEqual(firstOfMonthUtc(new Date("2026-12-31T23:59:59Z")), "2026-12-01T00:00:00Z");
    assert.strictEqual(firstOfMonthUtc(new Date("2027-01-01T00:00:00Z")), "2027-01-01T00:00:00Z");
    assert.strictEqual(startDateProblem("2026-11-01T00:00:00Z"), undefined);
  });

  describe("rejects bad input", () => {
    it("an amount of 0 or less, and missing or empty required tags", () => {
      assertInputErrors(
        () => new CostGuardrails("b1", args({ amount: 0, tags: { owner: " " } })),
        [
          { propertyPath: "amount", reason: "0 is not allowed: use an amount above 0" },
          { propertyPath: 'tags["cost-center"]', reason: "is required for cost accountability" },
          { propertyPath: 'tags["owner"]', reason: "is empty" },
          { propertyPath: 'tags["environment"]', reason: "is required for cost accountability" },
        ],
      );
      assertInputErrors(
        () =>
          new CostGuardrails(
            "b1b",
            args({ amount: -10, tags: { team: "x" }, requiredTagNames: ["team", "workload"] }),
          ),
        [
          { propertyPath: "amount", reason: "-10 is not allowed" },
          { propertyPath: 'tags["workload"]', reason: "is required" },
        ],
      );
    });

    it("a start that is not the first of a month, an end before it, bad thresholds and too many notifications", () =>
      assertInputErrors(
        () =>
          new CostGuardrails(
            "b2",
            args({
              startDate: "2026-07-15",
              endDate: "2026-13-01",
              timeGrain: "Weekly" as never,
              actualThresholds: [25, 50, 75, 0],
              forecastThresholds: [100, 100],
            }),
          ),
        [
          { propertyPath: "startDate", reason: "is not the first day of a month" },
          { propertyPath: "endDate", reason: "is not a date: use YYYY-MM-DD" },
          { propertyPath: "timeGrain", reason: '"Weekly" is not a budget period' },
          { propertyPath: "actualThresholds[3]", reason: "0 is out of range" },
          { propertyPath: "forecastThresholds", reason: "lists a threshold twice" },
          {
            propertyPath: "actualThresholds",
            reason: "makes 6 notifications; Azure allows at most 5",
          },
        ],
      ));

    it("no recipient, a wrong action group ID type, a bad email and an end before the start", () => {
      assertInputErrors(
        () => new CostGuardrails("b3", args({ actionGroupResourceId: undefined })),
        [{ propertyPath: "actionGroupResourceId", reason: "is required unless contactEmails" }],
      );
      assertInputErrors(
        () =>
          new CostGuardrails(
            "b4",
            args({
              actionGroupResourceId: `${group}/providers/Microsoft.KeyVault/vaults/kv`,
              contactEmails: ["nobody"],
              startDate: "2026-07-01",
              endDate: "2026-06-30",
              budgetName: "budget/lz",
            }),
          ),
        [
          {
            propertyPath: "actionGroupResourceId",
            reason: "expected a Microsoft.Insights/actionGroups ID",
          },
          { propertyPath: "contactEmails[0]", reason: '"nobody" is not an email address' },
          { propertyPath: "endDate", reason: "must come after startDate" },
          { propertyPath: "budgetName", reason: "is not a valid name" },
        ],
      );
    });
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the budget's scope, notifications and ID", async () => {
      const guard = new CostGuardrails("pv", args());
      await settle();
      const b = preview.one(B).inputs;
      assert.strictEqual(b.scope, group);
      assert.deepStrictEqual(b.notifications.forecast100.contactGroups, [ag]);
      assert.strictEqual(await isKnown(guard.budgetResourceId), true);
    });
  });
});
