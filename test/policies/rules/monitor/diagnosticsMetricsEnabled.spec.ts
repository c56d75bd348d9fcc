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

  it("passes an Azure ML registry's setting without metrics (registries publish none)", () => {
    const registry =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/mlr-models";
    assert.deepStrictEqual(messages(run({ ...setting(), resourceUri: registry, metrics: [] })), []);
    // Only a registry itself: a workspace named like one, or an unknown target, still needs them.
    const message =
      "metrics has no enabled 'AllMetrics' category; add { category: 'AllMetrics', enabled: true }.";
    assert.deepStrictEqual(
      messages(run({ ...setting(), resourceUri: `${registry}/models/m`, metrics: [] })),
      [message],
    );
    assert.deepStrictEqual(messages(run({ ...setting(), resourceUri: UNKNOWN, metrics: [] })), [
      message,
    ]);
  });

  it("is skipped at preview when the metrics are unknown", () =>
    assert.strictEqual(
      run({ ...setting(), metrics: UNKNOWN }).unknown,
      "string value at .metrics can't be known during preview",
    ));
});
