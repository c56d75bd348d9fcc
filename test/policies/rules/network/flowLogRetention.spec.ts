import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { flowLogRetention as rule } from "../../../../policies/rules/network/flowLogRetention";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const flowLog = (
  retentionPolicy: unknown = { enabled: true, days: 90 },
  enabled: unknown = true,
) => ({
  resourceGroupName: "NetworkWatcherRG",
  networkWatcherName: "NetworkWatcher_swedencentral",
  targetResourceId:
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet",
  storageId:
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs",
  enabled,
  retentionPolicy,
});
const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.flowLog, props, { config });

describe("flow-log-retention", () => {
  it("passes 90 days, and 0 (forever)", () => {
    assert.deepStrictEqual(messages(run(flowLog())), []);
    assert.deepStrictEqual(messages(run(flowLog({ enabled: true, days: 0 }))), []);
  });

  it("reports 89 days", () =>
    assert.deepStrictEqual(messages(run(flowLog({ enabled: true, days: 89 }))), [
      "retentionPolicy.days is 89; keep at least 90 days (or 0).",
    ]));

  it("reports a disabled flow log and a disabled retention policy", () =>
    assert.deepStrictEqual(messages(run(flowLog({ enabled: false, days: 90 }, false))), [
      "enabled is false; set it to true.",
      "retentionPolicy is not enabled; set it to { enabled: true, days: 90 }.",
    ]));

  it("reports unset retention days and honours a configured minimum", () => {
    assert.deepStrictEqual(messages(run(flowLog({ enabled: true }))), [
      "retentionPolicy.days is not set; set it to at least 90 (or 0 to keep forever).",
    ]);
    assert.deepStrictEqual(
      messages(run(flowLog({ enabled: true, days: 30 }), { minimumDays: 30 })),
      [],
    );
  });

  it("is skipped at preview when the retention policy is unknown", () =>
    assert.strictEqual(
      run(flowLog(UNKNOWN)).unknown,
      "string value at .retentionPolicy can't be known during preview",
    ));
});
