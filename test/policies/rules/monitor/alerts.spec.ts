import * as assert from "assert";
import { TYPE_GROUPS } from "../../../../policies/lib";
import { metricAlertAutoMitigate as autoMitigate } from "../../../../policies/rules/monitor/metricAlertAutoMitigate";
import { scheduledQueryFrequency as frequency } from "../../../../policies/rules/monitor/scheduledQueryFrequency";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const [METRIC] = TYPE_GROUPS.metricAlert;
const [QUERY, QUERY_V2] = TYPE_GROUPS.scheduledQueryRule;
const metricAlert = (fields: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg-ai",
  severity: 2,
  enabled: true,
  scopes: ["/subscriptions/s"],
  evaluationFrequency: "PT1M",
  windowSize: "PT5M",
  autoMitigate: true,
  criteria: {
    odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
    allOf: [],
  },
  ...fields,
});
const queryRule = (evaluationFrequency: unknown) => ({
  resourceGroupName: "rg-ai",
  scopes: ["/subscriptions/s"],
  evaluationFrequency,
  windowSize: "PT15M",
  criteria: { allOf: [] },
});

describe("metric-alert-auto-mitigate", () => {
  it("passes autoMitigate true and unset (the Azure default)", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(autoMitigate, METRIC, metricAlert())), []);
    const unset = metricAlert();
    delete (unset as Record<string, unknown>).autoMitigate;
    assert.deepStrictEqual(messages(runResourcePolicy(autoMitigate, METRIC, unset)), []);
  });

  it("reports autoMitigate false", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(autoMitigate, METRIC, metricAlert({ autoMitigate: false }))),
      ["autoMitigate is false, so someone must resolve each alert by hand; set it to true."],
    ));

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(autoMitigate, METRIC, metricAlert({ autoMitigate: UNKNOWN })).unknown,
      "string value at .autoMitigate can't be known during preview",
    ));
});

describe("scheduled-query-not-every-minute", () => {
  it("passes five minutes, the shortest accepted frequency", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(frequency, QUERY, queryRule("PT5M"))), []));

  it("reports one minute, under the v3 and v2 tokens", () => {
    for (const type of [QUERY, QUERY_V2]) {
      assert.deepStrictEqual(messages(runResourcePolicy(frequency, type, queryRule("PT1M"))), [
        "evaluationFrequency is 'PT1M'; evaluate every 5 minutes (PT5M) or less often.",
      ]);
    }
  });

  it("is skipped at preview when the frequency is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(frequency, QUERY, queryRule(UNKNOWN)).unknown,
      "string value at .evaluationFrequency can't be known during preview",
    ));
});
