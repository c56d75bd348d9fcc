import * as assert from "assert";
import { TYPE_GROUPS } from "../../../../policies/lib";
import { metricAlertAutoMitigate as autoMitigate } from "../../../../policies/rules/monitor/metricAlertAutoMitigate";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const [METRIC] = TYPE_GROUPS.metricAlert;
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
