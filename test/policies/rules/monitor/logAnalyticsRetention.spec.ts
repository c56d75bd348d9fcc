import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { logAnalyticsRetention as rule } from "../../../../policies/rules/monitor/logAnalyticsRetention";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const workspace = () => ({
  resourceGroupName: "rg",
  sku: { name: "PerGB2018" },
  retentionInDays: 90,
});
const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.logAnalyticsWorkspace, props, { config });

describe("log-analytics-retention", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(workspace())), []));

  it("reports a short retention", () =>
    assert.deepStrictEqual(messages(run({ ...workspace(), retentionInDays: 30 })), [
      "retentionInDays is 30; keep at least 90 days.",
    ]));

  it("reports the 30-day default", () =>
    assert.deepStrictEqual(messages(run({ resourceGroupName: "rg" })), [
      "retentionInDays is not set (30 days); set it to at least 90.",
    ]));

  it("uses the configured minimum", () =>
    assert.deepStrictEqual(
      messages(run({ ...workspace(), retentionInDays: 30 }, { minimumDays: 30 })),
      [],
    ));

  it("is skipped at preview when the retention is unknown", () =>
    assert.strictEqual(
      run({ ...workspace(), retentionInDays: UNKNOWN }).unknown,
      "string value at .retentionInDays can't be known during preview",
    ));
});
