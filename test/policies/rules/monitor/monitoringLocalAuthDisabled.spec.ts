import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { monitoringLocalAuthDisabled as rule } from "../../../../policies/rules/monitor/monitoringLocalAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const workspace = (features: unknown) => ({
  resourceGroupName: "rg-ai",
  workspaceName: "log-ai",
  retentionInDays: 90,
  features,
});
const component = (disableLocalAuth: unknown, type: string = T.appInsights) => ({
  type,
  props: { resourceGroupName: "rg-ai", kind: "web", applicationType: "web", disableLocalAuth },
});

describe("monitoring-local-auth-disabled", () => {
  it("passes Entra-only workspaces and components (v3 and v2 tokens)", () => {
    const ws = runResourcePolicy(
      rule,
      T.logAnalyticsWorkspace,
      workspace({ disableLocalAuth: true }),
    );
    assert.deepStrictEqual(messages(ws), []);
    for (const type of [T.appInsights, "azure-native:insights:Component"]) {
      const c = component(true, type);
      assert.deepStrictEqual(messages(runResourcePolicy(rule, c.type, c.props)), []);
    }
  });

  it("reports keys allowed on the workspace, as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.logAnalyticsWorkspace,
      workspace({ disableLocalAuth: false }),
    );
    assert.deepStrictEqual(messages(result), [
      "features.disableLocalAuth must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports unset, null and wrongly typed values", () => {
    const ws = (features: unknown) =>
      messages(runResourcePolicy(rule, T.logAnalyticsWorkspace, workspace(features)));
    assert.deepStrictEqual(ws(undefined), [
      "features.disableLocalAuth must be true; it is not set, so keys work.",
    ]);
    assert.deepStrictEqual(ws({}), [
      "features.disableLocalAuth must be true; it is not set, so keys work.",
    ]);
    assert.deepStrictEqual(ws({ disableLocalAuth: null }), [
      "features.disableLocalAuth must be true; it is null.",
    ]);
    assert.deepStrictEqual(ws({ disableLocalAuth: "true" }), [
      'features.disableLocalAuth must be true; it is "true".',
    ]);
    for (const [value, actual] of [
      [false, "false"],
      [null, "null"],
      ["true", '"true"'],
    ]) {
      const c = component(value);
      assert.deepStrictEqual(messages(runResourcePolicy(rule, c.type, c.props)), [
        `disableLocalAuth must be true; it is ${actual}.`,
      ]);
    }
  });

  it("reports a component that leaves local auth unset, so the instrumentation key alone can send telemetry", () => {
    const c = component(undefined);
    delete (c.props as Record<string, unknown>).disableLocalAuth;
    const result = runResourcePolicy(rule, c.type, c.props);
    assert.deepStrictEqual(messages(result), [
      "disableLocalAuth must be true; it is not set, so keys work.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("is skipped at preview when the value is unknown", () => {
    assert.strictEqual(
      runResourcePolicy(rule, T.logAnalyticsWorkspace, workspace({ disableLocalAuth: UNKNOWN }))
        .unknown,
      "string value at .features.disableLocalAuth can't be known during preview",
    );
    const c = component(UNKNOWN);
    assert.strictEqual(
      runResourcePolicy(rule, c.type, c.props).unknown,
      "string value at .disableLocalAuth can't be known during preview",
    );
  });

  it("does not apply to other types", () =>
    assert.ok(runResourcePolicy(rule, T.storageAccount, component(true).props).notApplicable));
});
