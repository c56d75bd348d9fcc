import * as assert from "assert";
import { TYPE_GROUPS } from "../../../../policies/lib";
import { appInsightsWorkspaceBased as workspace } from "../../../../policies/rules/monitor/appInsightsWorkspaceBased";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const [V3, V2] = TYPE_GROUPS.appInsights;
const component = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  resourceName: "appi-ai",
  kind: "web",
  applicationType: "web",
  ingestionMode: "LogAnalytics",
  workspaceResourceId:
    "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-ai",
});

describe("app-insights-workspace-based", () => {
  it("passes the compliant baseline, and decides at preview without reading the id", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(workspace, V3, component())), []);
    const result = runResourcePolicy(workspace, V3, {
      ...component(),
      workspaceResourceId: UNKNOWN,
    });
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a classic component", () => {
    const classic = component();
    delete classic.workspaceResourceId;
    assert.deepStrictEqual(messages(runResourcePolicy(workspace, V2, classic)), [
      "workspaceResourceId is not set; store the telemetry in a Log Analytics workspace.",
    ]);
  });
});
