import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { InputValidator } from "../../../components/common";
import {
  createMonitoringWorkspace,
  MonitoringWorkspace,
  MonitoringWorkspaceArgs,
  validateMonitoringWorkspace,
} from "../../../components/monitoring";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, hub, rg } from "../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  OptionsRecorder,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../helpers/mocks";

/** A minimal host component, as a consumer (an ML workspace) would be. */
class Host extends pulumi.ComponentResource {
  readonly created: MonitoringWorkspace;
  constructor(name: string, args: MonitoringWorkspaceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("test:host:Host", name, {}, opts);
    const v = new InputValidator("test:host:Host", name);
    validateMonitoringWorkspace(v, "monitoring", args);
    v.throwIfInvalid();
    this.created = createMonitoringWorkspace(name, args, this);
    this.registerOutputs({});
  }
}

const ampls = `${hub}/providers/Microsoft.Insights/privateLinkScopes/ampls-hub`;
const W = "azure-native:operationalinsights:Workspace";
const A = "azure-native:applicationinsights:Component";

describe("createMonitoringWorkspace", () => {
  const mocks = mocksPerSpec();

  it("creates an Entra-only workspace and a workspace-based Application Insights, both protected", async () => {
    const recorder = new OptionsRecorder();
    const host = new Host(
      "mlw",
      { resourceGroupName: rg, tags: { owner: "team-a" } },
      {
        transformations: [recorder.transformation],
      },
    );
    await settle();
    const ws = mocks.one(W).inputs;
    const workspaceId = `${group}/providers/Microsoft.OperationalInsights/workspaces/log-mlw`;
    assert.deepStrictEqual(
      {
        workspaceName: ws.workspaceName,
        sku: ws.sku,
        retentionInDays: ws.retentionInDays,
        features: ws.features,
        workspaceCapping: ws.workspaceCapping,
        publicNetworkAccessForIngestion: ws.publicNetworkAccessForIngestion,
        publicNetworkAccessForQuery: ws.publicNetworkAccessForQuery,
        tags: ws.tags,
      },
      {
        workspaceName: "log-mlw",
        sku: { name: "PerGB2018" },
        retentionInDays: 90,
        features: { disableLocalAuth: true, enableLogAccessUsingOnlyResourcePermissions: true },
        workspaceCapping: undefined,
        publicNetworkAccessForIngestion: "Enabled",
        publicNetworkAccessForQuery: "Enabled",
        tags: { owner: "team-a" },
      },
    );
    const ai = mocks.one(A).inputs;
    assert.deepStrictEqual(
      {
        resourceName: ai.resourceName,
        kind: ai.kind,
        applicationType: ai.applicationType,
        ingestionMode: ai.ingestionMode,
        workspaceResourceId: ai.workspaceResourceId,
        disableLocalAuth: ai.disableLocalAuth,
        publicNetworkAccessForIngestion: ai.publicNetworkAccessForIngestion,
        publicNetworkAccessForQuery: ai.publicNetworkAccessForQuery,
        tags: ai.tags,
      },
      {
        resourceName: "appi-mlw",
        kind: "web",
        applicationType: "web",
        ingestionMode: "LogAnalytics",
        workspaceResourceId: workspaceId,
        disableLocalAuth: true,
        publicNetworkAccessForIngestion: "Enabled",
        publicNetworkAccessForQuery: "Enabled",
        tags: { owner: "team-a" },
      },
    );
    assert.strictEqual(recorder.protected(W, "mlw-log"), true);
    assert.strictEqual(recorder.protected(A, "mlw-appi"), true);
    assert.strictEqual(await unwrap(host.created.workspaceResourceId), workspaceId);
    assert.strictEqual(
      await unwrap(host.created.applicationInsightsResourceId),
      `${group}/providers/Microsoft.Insights/components/appi-mlw`,
    );
    assert.match(
      await unwrap(host.created.applicationInsightsConnectionString),
      /^InstrumentationKey=/,
    );
    assert.strictEqual(mocks.ofType("azure-native:monitor:PrivateLinkScopedResource").length, 0);
  });

  it("joins a private link scope and then disables public ingestion and query", async () => {
    new Host("obs", { resourceGroupName: rg, privateLinkScopeResourceId: ampls });
    await settle();
    for (const type of [W, A]) {
      const i = mocks.one(type).inputs;
      assert.deepStrictEqual(
        [i.publicNetworkAccessForIngestion, i.publicNetworkAccessForQuery],
        ["Disabled", "Disabled"],
      );
    }
    const links = mocks.ofType("azure-native:monitor:PrivateLinkScopedResource");
    assert.deepStrictEqual(
      links.map((l) => [
        l.name,
        l.inputs.resourceGroupName,
        l.inputs.scopeName,
        l.inputs.linkedResourceId,
      ]),
      [
        [
          "obs-log-ampls",
          "rg-hub",
          "ampls-hub",
          `${group}/providers/Microsoft.OperationalInsights/workspaces/log-obs`,
        ],
        [
          "obs-appi-ampls",
          "rg-hub",
          "ampls-hub",
          `${group}/providers/Microsoft.Insights/components/appi-obs`,
        ],
      ],
    );
  });

  it("opts out explicitly: local auth, public query with a scope, names, retention, cap, no protection", async () => {
    const recorder = new OptionsRecorder();
    new Host(
      "x",
      {
        resourceGroupName: rg,
        workspaceName: "log-custom",
        applicationInsightsName: "appi-custom",
        retentionInDays: 365,
        dailyQuotaGb: 5,
        disableLocalAuth: false,
        privateLinkScopeResourceId: ampls,
        publicNetworkAccessForQuery: "Enabled",
        protect: false,
      },
      { transformations: [recorder.transformation] },
    );
    await settle();
    const ws = mocks.one(W).inputs;
    assert.deepStrictEqual(
      [ws.workspaceName, ws.retentionInDays, ws.workspaceCapping, ws.features.disableLocalAuth],
      ["log-custom", 365, { dailyQuotaGb: 5 }, false],
    );
    assert.deepStrictEqual(
      [ws.publicNetworkAccessForIngestion, ws.publicNetworkAccessForQuery],
      ["Disabled", "Enabled"],
    );
    const ai = mocks.one(A).inputs;
    assert.deepStrictEqual([ai.resourceName, ai.disableLocalAuth], ["appi-custom", false]);
    assert.strictEqual(recorder.protected(W, "x-log"), false);
    assert.strictEqual(recorder.protected(A, "x-appi"), false);
  });

  it("rejects bad names, retention, cap, access values and a wrong scope ID, under the caller's prefix", () =>
    assertInputErrors(
      () =>
        new Host("bad", {
          resourceGroupName: rg,
          workspaceName: "lg",
          applicationInsightsName: "a/b",
          retentionInDays: 7,
          dailyQuotaGb: 0,
          privateLinkScopeResourceId: `${group}/providers/Microsoft.Network/virtualNetworks/v`,
          publicNetworkAccessForIngestion: "Off" as never,
          publicNetworkAccessForQuery: "On" as never,
        }),
      [
        { propertyPath: "monitoring.workspaceName", reason: '"lg" is not a valid name' },
        { propertyPath: "monitoring.applicationInsightsName", reason: '"a/b" is not a valid name' },
        {
          propertyPath: "monitoring.retentionInDays",
          reason: "7 is out of range: use a whole number of days from 30 to 730",
        },
        { propertyPath: "monitoring.dailyQuotaGb", reason: "use a positive number of GB" },
        {
          propertyPath: "monitoring.privateLinkScopeResourceId",
          reason: "expected a Microsoft.Insights/privateLinkScopes ID",
        },
        {
          propertyPath: "monitoring.publicNetworkAccessForIngestion",
          reason: '"Off" is not allowed: use Enabled or Disabled',
        },
        {
          propertyPath: "monitoring.publicNetworkAccessForQuery",
          reason: '"On" is not allowed: use Enabled or Disabled',
        },
      ],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows both resource IDs and the workspace link of the new component", async () => {
      const host = new Host("pv", { resourceGroupName: rg });
      await settle();
      assert.strictEqual(await isKnown(host.created.workspaceResourceId), true);
      assert.strictEqual(await isKnown(host.created.applicationInsightsResourceId), true);
      assert.strictEqual(
        preview.one(A).inputs.workspaceResourceId,
        `${group}/providers/Microsoft.OperationalInsights/workspaces/log-pv`,
      );
    });
  });
});
