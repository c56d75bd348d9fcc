import * as assert from "assert";
import { TYPE_GROUPS } from "../../../../policies/lib";
import { diagnosticsMetricsEnabled as rule } from "../../../../policies/rules/monitor/diagnosticsMetricsEnabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const setting = () => ({
  resourceUri:
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw",
  workspaceId: UNKNOWN,
  logs: [{ categoryGroup: "allLogs", enabled: true }],
  metrics: [{ category: "AllMetrics", enabled: true }],
});
const run = (props: object) => runResourcePolicy(rule, TYPE_GROUPS.diagnosticSetting[0], props);

describe("diagnostics-metrics-enabled", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(setting())), []));

  it("reports metrics not exported", () =>
    assert.deepStrictEqual(
      messages(run({ ...setting(), metrics: [{ category: "AllMetrics", enabled: false }] })),
      [
        "metrics has no enabled 'AllMetrics' category; add { category: 'AllMetrics', enabled: true }.",
      ],
    ));

  it("is skipped at preview when the metrics are unknown", () =>
    assert.strictEqual(
      run({ ...setting(), metrics: UNKNOWN }).unknown,
      "string value at .metrics can't be known during preview",
    ));
});
