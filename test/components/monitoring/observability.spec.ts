import * as assert from "assert";
import { keyExpiryQuery, Observability, ObservabilityArgs } from "../../../components/monitoring";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, ids, rg } from "../../helpers/fixtures";
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

const ml = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`;
const endpoint = `${ml}/onlineEndpoints/ep-score`;
const deployment = `${endpoint}/deployments/blue`;
const cluster = `${group}/providers/Microsoft.ContainerService/managedClusters/aks-ailz`;
const account = `${group}/providers/Microsoft.Storage/storageAccounts/stailz`;
const openAi = `${group}/providers/Microsoft.CognitiveServices/accounts/oai-ailz`;
const receivers = { emailReceivers: [{ name: "ops", emailAddress: "ops@example.com" }] };
const args = (extra: Partial<ObservabilityArgs> = {}): ObservabilityArgs => ({
  resourceGroupName: rg,
  actionGroup: receivers,
  ...extra,
});
const M = "azure-native:monitor";
const agId = `${group}/providers/Microsoft.Insights/actionGroups/ag-obs`;

describe("Observability", () => {
  const mocks = mocksPerSpec();

  describe("with every alert group", () => {
    let obs: Observability;
    beforeEach(async () => {
      obs = new Observability(
        "obs",
        args({
          retentionInDays: 180,
          tags: { "cost-center": "cc-9" },
          actionGroup: {
            ...receivers,
            webhookReceivers: [
              {
                name: "pager",
                serviceUri: "https://hooks.example.com/alert",
                aadAuth: { objectId: "obj-1", identifierUri: "api://pager" },
              },
            ],
          },
          alerts: {
            onlineEndpoints: {
              endpointResourceIds: { score: endpoint },
              deploymentResourceIds: { blue: deployment },
              requestLatencyMs: 500,
            },
            aks: { clusterResourceIds: { main: cluster }, nodeCpuPercent: 70 },
            keyVaults: { vaultResourceIds: { cmk: ids.vault } },
            storageAccounts: { accountResourceIds: { data: account } },
            aiAccounts: { accountResourceIds: { chat: openAi }, throttledRequests: 20 },
          },
        }),
      );
      await settle();
    });

    it("exposes known IDs and ready diagnostic settings for other components", async () => {
      const workspace = `${group}/providers/Microsoft.OperationalInsights/workspaces/log-obs`;
      assert.strictEqual(await unwrap(obs.logAnalyticsWorkspaceResourceId), workspace);
      assert.strictEqual(
        await unwrap(obs.applicationInsightsResourceId),
        `${group}/providers/Microsoft.Insights/components/appi-obs`,
      );
      assert.strictEqual(await unwrap(obs.actionGroupResourceId), agId);
      assert.strictEqual(obs.diagnosticSettings.length, 1);
      assert.strictEqual(await unwrap(obs.diagnosticSettings[0].workspaceResourceId!), workspace);
      const ws = mocks.one("azure-native:operationalinsights:Workspace").inputs;
      assert.deepStrictEqual(
        [ws.retentionInDays, ws.features.disableLocalAuth, ws.tags],
        [180, true, { "cost-center": "cc-9" }],
      );
      assert.strictEqual(
        mocks.one("azure-native:applicationinsights:Component").inputs.disableLocalAuth,
        true,
      );
    });

    it("sends the workspace's own audit logs to itself", () => {
      const diag = mocks.one(`${M}:DiagnosticSetting`).inputs;
      assert.deepStrictEqual(
        [diag.resourceUri, diag.workspaceId, diag.logs],
        [
          `${group}/providers/Microsoft.OperationalInsights/workspaces/log-obs`,
          `${group}/providers/Microsoft.OperationalInsights/workspaces/log-obs`,
          [{ categoryGroup: "allLogs", enabled: true }],
        ],
      );
    });

    it("creates a global action group with common-schema email and Entra-authenticated webhook receivers", () => {
      const ag = mocks.one(`${M}:ActionGroup`).inputs;
      assert.deepStrictEqual(
        {
          actionGroupName: ag.actionGroupName,
          location: ag.location,
          enabled: ag.enabled,
          groupShortName: ag.groupShortName,
          emailReceivers: ag.emailReceivers,
          webhookReceivers: ag.webhookReceivers,
        },
        {
          actionGroupName: "ag-obs",
          location: "Global",
          enabled: true,
          groupShortName: "obs",
          emailReceivers: [
            { name: "ops", emailAddress: "ops@example.com", useCommonAlertSchema: true },
          ],
          webhookReceivers: [
            {
              name: "pager",
              serviceUri: "https://hooks.example.com/alert",
              useCommonAlertSchema: true,
              useAadAuth: true,
              objectId: "obj-1",
              identifierUri: "api://pager",
            },
          ],
        },
      );
    });

    it("creates one metric alert per rule and target, with stable names and the given thresholds", () => {
      const alerts = mocks.ofType(`${M}:MetricAlert`);
      const byName = [...alerts].sort((x, y) => x.name.localeCompare(y.name));
      const summary = byName.map((a) => {
        const c = a.inputs.criteria.allOf[0];
        return [
          a.name,
          a.inputs.scopes[0],
          c.metricNamespace,
          c.metricName,
          c.operator,
          c.timeAggregation,
          c.threshold,
          c.dimensions,
          a.inputs.severity,
          a.inputs.windowSize,
        ];
      });
      const ns = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";
      const aks = "Microsoft.ContainerService/managedClusters";
      const expected: unknown[][] = [
        [
          "obs-alert-endpoint-latency-score",
          endpoint,
          ns,
          "RequestLatency",
          "GreaterThan",
          "Average",
          500,
          [],
          2,
          "PT5M",
        ],
        [
          "obs-alert-endpoint-5xx-score",
          endpoint,
          ns,
          "RequestsPerMinute",
          "GreaterThan",
          "Average",
          1,
          [{ name: "statusCodeClass", operator: "Include", values: ["5xx"] }],
          1,
          "PT5M",
        ],
        [
          "obs-alert-deployment-cpu-blue",
          deployment,
          `${ns}/deployments`,
          "CpuUtilizationPercentage",
          "GreaterThan",
          "Average",
          80,
          [],
          2,
          "PT5M",
        ],
        [
          "obs-alert-deployment-memory-blue",
          deployment,
          `${ns}/deployments`,
          "CpuMemoryUtilizationPercentage",
          "GreaterThan",
          "Average",
          85,
          [],
          2,
          "PT5M",
        ],
        [
          "obs-alert-aks-node-cpu-main",
          cluster,
          aks,
          "node_cpu_usage_percentage",
          "GreaterThan",
          "Average",
          70,
          [],
          2,
          "PT5M",
        ],
        [
          "obs-alert-aks-pending-pods-main",
          cluster,
          aks,
          "kube_pod_status_phase",
          "GreaterThan",
          "Average",
          0,
          [{ name: "phase", operator: "Include", values: ["Pending"] }],
          2,
          "PT15M",
        ],
        [
          "obs-alert-aks-node-not-ready-main",
          cluster,
          aks,
          "kube_node_status_condition",
          "GreaterThan",
          "Average",
          0,
          [{ name: "status2", operator: "Include", values: ["NotReady"] }],
          1,
          "PT15M",
        ],
        [
          "obs-alert-openai-availability-chat",
          openAi,
          "Microsoft.CognitiveServices/accounts",
          "AzureOpenAIAvailabilityRate",
          "LessThan",
          "Average",
          99,
          [],
          1,
          "PT15M",
        ],
        [
          "obs-alert-openai-throttling-chat",
          openAi,
          "Microsoft.CognitiveServices/accounts",
          "AzureOpenAIRequests",
          "GreaterThan",
          "Total",
          20,
          [{ name: "StatusCode", operator: "Include", values: ["429"] }],
          2,
          "PT5M",
        ],
        [
          "obs-alert-storage-availability-data",
          account,
          "Microsoft.Storage/storageAccounts",
          "Availability",
          "LessThan",
          "Average",
          99.9,
          [],
          1,
          "PT15M",
        ],
      ];
      expected.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      assert.deepStrictEqual(summary, expected);
      for (const a of alerts) {
        assert.deepStrictEqual(
          [a.inputs.enabled, a.inputs.location, a.inputs.actions, a.inputs.criteria.odataType],
          [
            true,
            "global",
            [{ actionGroupId: agId }],
            "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
          ],
        );
        assert.strictEqual(a.inputs.ruleName, a.name.replace("obs-alert-", "alert-obs-"));
      }
      assert.deepStrictEqual(obs.alertRuleNames, [
        "endpoint-latency-score",
        "endpoint-5xx-score",
        "deployment-cpu-blue",
        "deployment-memory-blue",
        "aks-node-cpu-main",
        "aks-pending-pods-main",
        "aks-node-not-ready-main",
        "key-expiry-cmk",
        "storage-availability-data",
        "openai-availability-chat",
        "openai-throttling-chat",
      ]);
    });

    it("alerts on near-expiry and expired Key Vault keys with a log query on the vault", () => {
      const rule = mocks.one(`${M}:ScheduledQueryRule`);
      assert.strictEqual(rule.name, "obs-alert-key-expiry-cmk");
      assert.deepStrictEqual(
        {
          kind: rule.inputs.kind,
          scopes: rule.inputs.scopes,
          enabled: rule.inputs.enabled,
          evaluationFrequency: rule.inputs.evaluationFrequency,
          windowSize: rule.inputs.windowSize,
          criteria: rule.inputs.criteria,
          actions: rule.inputs.actions,
          autoMitigate: rule.inputs.autoMitigate,
        },
        {
          kind: "LogAlert",
          scopes: [ids.vault],
          enabled: true,
          evaluationFrequency: "PT1H",
          windowSize: "PT1H",
          criteria: {
            allOf: [
              {
                query: keyExpiryQuery,
                timeAggregation: "Count",
                operator: "GreaterThan",
                threshold: 0,
                failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
              },
            ],
          },
          actions: { actionGroups: [agId] },
          autoMitigate: false,
        },
      );
      assert.match(keyExpiryQuery, /KeyNearExpiryEventGridNotification/);
      assert.match(keyExpiryQuery, /AZKVAuditLogs/);
    });
  });

  it("creates no alert rules without targets, and keeps other targets' rule names when one is added", async () => {
    new Observability("a", args());
    await settle();
    assert.strictEqual(mocks.ofType(`${M}:MetricAlert`).length, 0);
    assert.strictEqual(mocks.ofType(`${M}:ScheduledQueryRule`).length, 0);
    mocks.reset();
    new Observability(
      "b",
      args({ alerts: { storageAccounts: { accountResourceIds: { zz: account, aa: account } } } }),
    );
    await settle();
    assert.deepStrictEqual(
      mocks
        .ofType(`${M}:MetricAlert`)
        .map((a) => a.name)
        .sort(),
      ["b-alert-storage-availability-aa", "b-alert-storage-availability-zz"],
    );
  });

  it("takes explicit diagnostic settings, a lock and role assignments on the workspace, unprotected on request", async () => {
    const recorder = new OptionsRecorder();
    new Observability(
      "c",
      args({
        diagnosticSettings: [],
        lock: { kind: "CanNotDelete" },
        roleAssignments: [{ roleDefinitionIdOrName: "Reader", principalId: "p-1" }],
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const workspace = `${group}/providers/Microsoft.OperationalInsights/workspaces/log-c`;
    assert.strictEqual(mocks.ofType(`${M}:DiagnosticSetting`).length, 0);
    assert.deepStrictEqual(
      [mocks.one("azure-native:authorization:ManagementLockByScope").inputs.scope],
      [workspace],
    );
    assert.strictEqual(
      mocks.one("azure-native:authorization:RoleAssignment").inputs.scope,
      workspace,
    );
    assert.strictEqual(
      recorder.protected("azure-native:operationalinsights:Workspace", "c-log"),
      false,
    );
  });

  describe("rejects bad input", () => {
    it("unknown threshold names, out-of-range thresholds and unknown alert groups", () =>
      assertInputErrors(
        () =>
          new Observability(
            "b1",
            args({
              alerts: {
                onlineEndpoints: {
                  endpointResourceIds: { score: endpoint },
                  latencyMs: 200,
                  cpuUtilizationPercent: 120,
                } as never,
                aks: { clusterResourceIds: { main: cluster }, pendingPods: -1 },
                storageAccounts: { accountResourceIds: { data: account }, availabilityPercent: 0 },
                firewall: {},
              } as never,
            }),
          ),
        [
          {
            propertyPath: "alerts.onlineEndpoints.latencyMs",
            reason:
              "is not a setting of onlineEndpoints: use endpointResourceIds, deploymentResourceIds, requestLatencyMs",
          },
          {
            propertyPath: "alerts.onlineEndpoints.cpuUtilizationPercent",
            reason: "120 is out of range: use a percentage above 0 and at most 100",
          },
          {
            propertyPath: "alerts.aks.pendingPods",
            reason: "-1 is out of range: use a number of 0 or more",
          },
          {
            propertyPath: "alerts.storageAccounts.availabilityPercent",
            reason: "0 is out of range: use a percentage above 0",
          },
          {
            propertyPath: "alerts.firewall",
            reason:
              "is not an alert group: use onlineEndpoints, aks, keyVaults, storageAccounts, aiAccounts",
          },
        ],
      ));

    it("wrong target types, bad target keys and a group without targets", () =>
      assertInputErrors(
        () =>
          new Observability(
            "b2",
            args({
              alerts: {
                onlineEndpoints: { deploymentResourceIds: { blue: endpoint } },
                aks: { clusterResourceIds: { "Main Cluster": cluster } },
                keyVaults: { vaultResourceIds: { cmk: account } },
                storageAccounts: { accountResourceIds: {} },
              },
            }),
          ),
        [
          {
            propertyPath: 'alerts.onlineEndpoints.deploymentResourceIds["blue"]',
            reason:
              "expected a Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments ID",
          },
          {
            propertyPath: 'alerts.aks.clusterResourceIds["Main Cluster"]',
            reason: "needs a key of 1-40 lowercase letters, digits or hyphens",
          },
          {
            propertyPath: 'alerts.keyVaults.vaultResourceIds["cmk"]',
            reason: "expected a Microsoft.KeyVault/vaults ID",
          },
          {
            propertyPath: "alerts.storageAccounts",
            reason: "has no targets: set accountResourceIds",
          },
        ],
      ));

    it("an action group without receivers, a long short name, bad addresses and plain-HTTP hooks", () => {
      assertInputErrors(
        () => new Observability("b3", args({ actionGroup: {} })),
        [{ propertyPath: "actionGroup", reason: "needs at least one receiver" }],
      );
      assertInputErrors(
        () =>
          new Observability(
            "b4",
            args({
              actionGroup: {
                shortName: "much-too-long-name",
                emailReceivers: [{ name: "ops", emailAddress: "not-an-address" }],
                webhookReceivers: [{ name: "ops", serviceUri: "http://hooks.example.com" }],
              },
            }),
          ),
        [
          { propertyPath: "actionGroup.shortName", reason: "use 1-12 letters" },
          {
            propertyPath: "actionGroup.emailReceivers[0].emailAddress",
            reason: "is not an email address",
          },
          { propertyPath: "actionGroup.webhookReceivers[0].name", reason: '"ops" is used twice' },
          {
            propertyPath: "actionGroup.webhookReceivers[0].serviceUri",
            reason: "use an https:// URL",
          },
        ],
      );
    });

    it("workspace arguments at the top level", () =>
      assertInputErrors(
        () => new Observability("b5", args({ retentionInDays: 1000, workspaceName: "x" })),
        [
          { propertyPath: "retentionInDays", reason: "1000 is out of range" },
          { propertyPath: "workspaceName", reason: '"x" is not a valid name' },
        ],
      ));
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the IDs other components read, and every alert's action group", async () => {
      const obs = new Observability(
        "pv",
        args({ alerts: { storageAccounts: { accountResourceIds: { data: account } } } }),
      );
      await settle();
      for (const id of [
        obs.logAnalyticsWorkspaceResourceId,
        obs.applicationInsightsResourceId,
        obs.actionGroupResourceId,
      ]) {
        assert.strictEqual(await isKnown(id), true);
      }
      assert.deepStrictEqual(preview.one(`${M}:MetricAlert`).inputs.actions, [
        { actionGroupId: `${group}/providers/Microsoft.Insights/actionGroups/ag-pv` },
      ]);
    });
  });
});
