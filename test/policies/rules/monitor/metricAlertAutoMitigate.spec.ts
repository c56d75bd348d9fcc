import * as assert from "assert";
import { TYPE_GROUPS } from "../../../../policies/lib";
import { metricAlertAutoMitigate as autoMitigate } from "../../../../policies/rules/monitor/metricAlertAutoMitigate";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { metricAlert } from "./fixtures";

const [METRIC] = TYPE_GROUPS.metricAlert;

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
