import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { monitoringPrivateLinkOnly as rule } from "../../../../policies/rules/monitor/monitoringPrivateLinkOnly";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

const SCOPED = "azure-native:monitor:PrivateLinkScopedResource";
const workspace = (ingestion: unknown, query: unknown = "Disabled") =>
  stackResource(T.logAnalyticsWorkspace, "log", {
    resourceGroupName: "rg-ai",
    workspaceName: "log-ai",
    publicNetworkAccessForIngestion: ingestion,
    publicNetworkAccessForQuery: query,
  });
const component = (ingestion: unknown) =>
  stackResource(T.appInsights, "appi", {
    resourceName: "appi-ai",
    publicNetworkAccessForIngestion: ingestion,
    publicNetworkAccessForQuery: "Disabled",
  });
const scoped = (linkedName: string, name = "ampls") =>
  stackResource(SCOPED, name, {
    scopeName: "ampls-hub",
    linkedResourceId: `/subscriptions/s/resourceGroups/rg-ai/providers/x/${linkedName}`,
  });

describe("monitoring-private-link-only", () => {
  it("passes scoped resources without public access", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          workspace("Disabled"),
          component("Disabled"),
          scoped("log-ai"),
          scoped("appi-ai", "a2"),
        ]),
      ),
      [],
    ));

  it("reports public ingestion or query on a scoped resource, attached to it, as advisory", () => {
    const ws = stackResource(T.logAnalyticsWorkspace, "log", {
      workspaceName: "log-ai",
      publicNetworkAccessForIngestion: "Enabled",
    });
    const result = runStackPolicy(rule, [ws, scoped("LOG-AI")]);
    assert.deepStrictEqual(messages(result), [
      "'log' joined a private link scope but publicNetworkAccessForIngestion is \"Enabled\"; set it to 'Disabled'.",
      "'log' joined a private link scope but publicNetworkAccessForQuery is not set, so 'Enabled'; set it to 'Disabled'.",
    ]);
    assert.strictEqual(result.violations[0].urn, ws.urn);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(messages(runStackPolicy(rule, [component(null), scoped("appi-ai")])), [
      "'appi' joined a private link scope but publicNetworkAccessForIngestion is null; set it to 'Disabled'.",
    ]);
  });

  it("leaves resources that joined no scope alone (public access is their only path)", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [workspace("Enabled", "Enabled"), scoped("other")])),
      [],
    ));

  it("links through the graph when the linked ID is unknown at preview", () => {
    const ws = workspace("Enabled");
    const link = stackResource(
      SCOPED,
      "ampls",
      { linkedResourceId: UNKNOWN },
      {
        propertyDependencies: { linkedResourceId: [ws] },
      },
    );
    assert.strictEqual(messages(runStackPolicy(rule, [ws, link])).length, 1);
    const unlinked = stackResource(SCOPED, "ampls", { linkedResourceId: UNKNOWN });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [ws, unlinked])), []);
  });

  it("is not applicable to a stack without a private link scope", () =>
    assert.strictEqual(
      runStackPolicy(rule, [workspace("Enabled")]).notApplicable,
      `Policy only applies to resources of type '${SCOPED}'`,
    ));
});
