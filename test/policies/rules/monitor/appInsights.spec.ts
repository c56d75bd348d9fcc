import * as assert from "assert";
import { T, TYPE_GROUPS } from "../../../../policies/lib";
import { appInsightsLocalAuthDisabled as localAuth } from "../../../../policies/rules/monitor/appInsightsLocalAuthDisabled";
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
  disableLocalAuth: true,
});

describe("app-insights-local-auth-disabled", () => {
  it("passes the compliant baseline under the v3 and v2 tokens", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(localAuth, V3, component())), []);
    assert.deepStrictEqual(messages(runResourcePolicy(localAuth, V2, component())), []);
  });

  it("reports local auth left on or unset", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(localAuth, V3, { ...component(), disableLocalAuth: false })),
      ["disableLocalAuth is false; set it to true."],
    );
    const unset = component();
    delete unset.disableLocalAuth;
    const result = runResourcePolicy(localAuth, V3, unset);
    assert.deepStrictEqual(messages(result), [
      "disableLocalAuth is not set, so the instrumentation key alone can send telemetry; set it to true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(localAuth, V3, { ...component(), disableLocalAuth: UNKNOWN }).unknown,
      "string value at .disableLocalAuth can't be known during preview",
    ));

  it("does not apply to other types", () =>
    assert.ok(runResourcePolicy(localAuth, T.logAnalyticsWorkspace, component()).notApplicable));
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
