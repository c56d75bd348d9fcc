import * as assert from "assert";
import { breachQuery, ModelMonitor, ModelMonitorArgs } from "../../../../components/ml/mlops";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { group, ids, rg, sub } from "../../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../../helpers/mocks";
import { unknownPaths } from "./unknowns";

const S = "azure-native:machinelearningservices:Schedule";
const Q = "azure-native:monitor:ScheduledQueryRule";
const actionGroupId = `${group}/providers/Microsoft.Insights/actionGroups/ag-ops`;
const workspaceId = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`;
const otherWorkspaceId = `/subscriptions/${sub}/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-team`;
const modelId = `${workspaceId}/models/credit/versions/3`;
const identityId = `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-train`;

const base: ModelMonitorArgs = {
  resourceGroupName: rg,
  workspaceName: "mlw-ailz",
  endpointName: "ep-credit",
  deploymentName: "blue",
  taskType: "Classification",
  baselineDataUri: "azureml:credit-training:3",
  baselineTargetColumn: "default_next_month",
  emails: ["ml-oncall@contoso.com"],
  actionGroupResourceId: actionGroupId,
  logAnalyticsWorkspaceResourceId: ids.workspace,
};

const rolling = (collection: string) => ({
  inputDataType: "Rolling",
  jobInputType: "uri_folder",
  uri: `azureml:ep-credit-blue-${collection}:1`,
  dataContext: collection,
  windowSize: "P7D",
  windowOffset: "P0D",
});
const baseline = {
  inputDataType: "Fixed",
  jobInputType: "mltable",
  uri: "azureml:credit-training:3",
  dataContext: "training",
};
const both = (metric: string, value: number) => [
  { dataType: "Numerical", metric, threshold: { value } },
  { dataType: "Categorical", metric, threshold: { value } },
];

describe("ModelMonitor", () => {
  const mocks = mocksPerSpec();

  it("watches data drift, prediction drift and data quality daily and e-mails on a breach", async () => {
    const m = new ModelMonitor("credit", base);
    await settle();
    const schedule = mocks.one(S).inputs;
    assert.deepStrictEqual(
      [schedule.resourceGroupName, schedule.workspaceName, schedule.name],
      [rg, "mlw-ailz", "monitor-credit"],
    );
    assert.deepStrictEqual(schedule.properties, {
      displayName: "monitor-credit",
      description: "Model monitor for ep-credit/blue",
      isEnabled: true,
      tags: {},
      trigger: { triggerType: "Cron", expression: "0 3 * * *", timeZone: "UTC" },
      action: {
        actionType: "CreateMonitor",
        monitorDefinition: {
          computeConfiguration: {
            computeType: "ServerlessSpark",
            instanceType: "standard_e4s_v3",
            runtimeVersion: "3.4",
            computeIdentity: { computeIdentityType: "AmlToken" },
          },
          monitoringTarget: {
            deploymentId: `${workspaceId}/onlineEndpoints/ep-credit/deployments/blue`,
            taskType: "Classification",
          },
          signals: {
            "data-drift": {
              signalType: "DataDrift",
              notificationTypes: ["AmlNotification"],
              metricThresholds: both("JensenShannonDistance", 0.1),
              features: { filterType: "AllFeatures" },
              productionData: rolling("model_inputs"),
              referenceData: baseline,
            },
            "prediction-drift": {
              signalType: "PredictionDrift",
              notificationTypes: ["AmlNotification"],
              metricThresholds: both("JensenShannonDistance", 0.1),
              productionData: rolling("model_outputs"),
              referenceData: { ...baseline, columns: { target_column: "default_next_month" } },
            },
            "data-quality": {
              signalType: "DataQuality",
              notificationTypes: ["AmlNotification"],
              metricThresholds: [
                { dataType: "Numerical", metric: "NullValueRate", threshold: { value: 0.05 } },
                { dataType: "Numerical", metric: "DataTypeErrorRate", threshold: { value: 0.05 } },
                { dataType: "Numerical", metric: "OutOfBoundsRate", threshold: { value: 0.05 } },
                { dataType: "Categorical", metric: "NullValueRate", threshold: { value: 0.05 } },
                {
                  dataType: "Categorical",
                  metric: "DataTypeErrorRate",
                  threshold: { value: 0.05 },
                },
                { dataType: "Categorical", metric: "OutOfBoundsRate", threshold: { value: 0.05 } },
              ],
              features: { filterType: "AllFeatures" },
              productionData: rolling("model_inputs"),
              referenceData: baseline,
            },
          },
          alertNotificationSettings: {
            emailNotificationSettings: { emails: ["ml-oncall@contoso.com"] },
          },
        },
      },
    });
    assert.strictEqual(
      await unwrap(m.scheduleResourceId),
      `${workspaceId}/schedules/monitor-credit`,
    );
    assert.deepStrictEqual(m.signalNames, ["data-drift", "prediction-drift", "data-quality"]);
  });

  it("raises a log alert on the Log Analytics workspace that notifies the action group", async () => {
    const m = new ModelMonitor("credit", base);
    await settle();
    const rule = mocks.one(Q).inputs;
    assert.deepStrictEqual(
      {
        resourceGroupName: rule.resourceGroupName,
        ruleName: rule.ruleName,
        kind: rule.kind,
        enabled: rule.enabled,
        severity: rule.severity,
        scopes: rule.scopes,
        evaluationFrequency: rule.evaluationFrequency,
        windowSize: rule.windowSize,
        criteria: rule.criteria,
        autoMitigate: rule.autoMitigate,
        actions: rule.actions,
      },
      {
        resourceGroupName: rg,
        ruleName: "alert-monitor-credit",
        kind: "LogAlert",
        enabled: true,
        severity: 2,
        scopes: [ids.workspace],
        evaluationFrequency: "PT1H",
        windowSize: "PT1H",
        criteria: {
          allOf: [
            {
              query: breachQuery(workspaceId, "monitor-credit"),
              timeAggregation: "Count",
              operator: "GreaterThan",
              threshold: 0,
              failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
            },
          ],
        },
        autoMitigate: false,
        actions: { actionGroups: [actionGroupId], customProperties: { monitor: "monitor-credit" } },
      },
    );
    assert.strictEqual(
      breachQuery(workspaceId, "monitor-credit"),
      [
        "AmlRunStatusChangedEvent",
        `| where _ResourceId =~ "${workspaceId}"`,
        '| where Status =~ "Failed"',
        '| where Message contains "violating metric thresholds"',
        '| where Message contains "monitor-credit"',
      ].join("\n"),
    );
    assert.strictEqual(
      await unwrap(m.alertRuleResourceId),
      `${group}/providers/Microsoft.Insights/scheduledQueryRules/alert-monitor-credit`,
    );
  });

  it("takes its own signals, thresholds, identity, schedule, window and workspace by ID", async () => {
    new ModelMonitor("fraud", {
      ...base,
      workspaceName: undefined,
      machineLearningWorkspaceResourceId: otherWorkspaceId,
      scheduleName: "fraud-weekly",
      modelResourceId: modelId,
      taskType: "Regression",
      baselineDataType: "uri_folder",
      baselineTargetColumn: undefined,
      productionWindowSize: "P14D",
      preprocessingComponentId: "azureml://registries/contoso/components/prep/versions/2",
      signals: [
        {
          kind: "DataDrift",
          name: "inputs",
          thresholds: [{ dataType: "Numerical", metric: "PopulationStabilityIndex", value: 0.2 }],
        },
      ],
      cronExpression: "0 6 * * MON",
      timeZone: "W. Europe Standard Time",
      userAssignedIdentityResourceId: identityId,
      alertSeverity: 1,
      alertQuery: "AmlRunStatusChangedEvent | where Status == 'Failed'",
      enabled: false,
      tags: { env: "prod" },
    });
    await settle();
    const schedule = mocks.one(S).inputs;
    assert.deepStrictEqual(
      [schedule.resourceGroupName, schedule.workspaceName, schedule.name],
      ["rg-ml", "mlw-team", "fraud-weekly"],
    );
    const p = schedule.properties;
    assert.deepStrictEqual(
      [p.isEnabled, p.tags, p.trigger],
      [
        false,
        { env: "prod" },
        { triggerType: "Cron", expression: "0 6 * * MON", timeZone: "W. Europe Standard Time" },
      ],
    );
    const definition = p.action.monitorDefinition;
    assert.deepStrictEqual(definition.computeConfiguration.computeIdentity, {
      computeIdentityType: "ManagedIdentity",
      identity: { type: "UserAssigned", userAssignedIdentities: [identityId] },
    });
    assert.deepStrictEqual(definition.monitoringTarget, {
      deploymentId: `${otherWorkspaceId}/onlineEndpoints/ep-credit/deployments/blue`,
      modelId,
      taskType: "Regression",
    });
    assert.deepStrictEqual(definition.signals, {
      inputs: {
        signalType: "DataDrift",
        notificationTypes: ["AmlNotification"],
        metricThresholds: [
          { dataType: "Numerical", metric: "PopulationStabilityIndex", threshold: { value: 0.2 } },
        ],
        features: { filterType: "AllFeatures" },
        productionData: {
          ...rolling("model_inputs"),
          windowSize: "P14D",
          preprocessingComponentId: "azureml://registries/contoso/components/prep/versions/2",
        },
        referenceData: { ...baseline, jobInputType: "uri_folder" },
      },
    });
    const rule = mocks.one(Q).inputs;
    assert.deepStrictEqual(
      [rule.enabled, rule.severity, rule.criteria.allOf[0].query, rule.tags],
      [false, 1, "AmlRunStatusChangedEvent | where Status == 'Failed'", { env: "prod" }],
    );
  });

  it("rejects thresholds out of range, unknown metrics, duplicate names and an empty threshold list", () =>
    assertInputErrors(
      () =>
        new ModelMonitor("bad", {
          ...base,
          signals: [
            {
              kind: "DataDrift",
              thresholds: [
                { dataType: "Numerical", metric: "JensenShannonDistance", value: 1.5 },
                { dataType: "Categorical", metric: "PopulationStabilityIndex", value: 0 },
                { dataType: "Categorical", metric: "NormalizedWassersteinDistance", value: 0.1 },
                { dataType: "Numerical", metric: "JensenShannonDistance", value: 0.2 },
              ],
            },
            { kind: "DataQuality", thresholds: [] },
            {
              kind: "DataQuality",
              name: "data-drift",
              thresholds: [{ dataType: "Numerical", metric: "NullValueRate", value: -0.1 }],
            },
            { kind: "Performance" as never },
          ],
        }),
      [
        {
          propertyPath: "signals[0].thresholds[0].value",
          reason:
            "1.5 is out of range: a JensenShannonDistance threshold is a fraction from 0 to 1",
        },
        {
          propertyPath: "signals[0].thresholds[1].value",
          reason: "0 is out of range: a population stability index threshold is above 0",
        },
        {
          propertyPath: "signals[0].thresholds[2].metric",
          reason: '"NormalizedWassersteinDistance" is not a categorical DataDrift metric',
        },
        {
          propertyPath: "signals[0].thresholds[3].metric",
          reason: "Numerical/JensenShannonDistance is listed twice",
        },
        { propertyPath: "signals[1].thresholds", reason: "is empty" },
        {
          propertyPath: "signals[2].name",
          reason: '"data-drift" is used by another signal',
        },
        {
          propertyPath: "signals[2].thresholds[0].value",
          reason: "-0.1 is out of range",
        },
        { propertyPath: "signals[3].kind", reason: '"Performance" is not a signal kind' },
      ],
    ));

  it("rejects an empty signal list, a cron that does not parse and a missing target column", () => {
    assertInputErrors(
      () => new ModelMonitor("bad", { ...base, signals: [], cronExpression: "0 3 * *" }),
      [
        { propertyPath: "signals", reason: "is empty: list at least one signal" },
        { propertyPath: "cronExpression", reason: '"0 3 * *" has 4 fields; use 5' },
      ],
    );
    assertInputErrors(
      () =>
        new ModelMonitor("bad", {
          ...base,
          baselineTargetColumn: undefined,
          cronExpression: "0 25 * * *",
        }),
      [
        {
          propertyPath: "baselineTargetColumn",
          reason: "is required while a PredictionDrift signal is watched",
        },
        { propertyPath: "cronExpression", reason: "hour 25 is outside 0-23" },
      ],
    );
  });

  it("rejects wrong resource-ID types and bad e-mails, names, window, severity and baseline", () =>
    assertInputErrors(
      () =>
        new ModelMonitor("bad", {
          ...base,
          scheduleName: "-bad",
          endpointName: "ep_1",
          deploymentName: "b",
          taskType: "Ranking" as never,
          baselineDataUri: "training.csv",
          baselineDataType: "csv" as never,
          productionWindowSize: "PT12H",
          emails: ["ops", "x".repeat(490) + "@contoso.com"],
          actionGroupResourceId: ids.workspace,
          logAnalyticsWorkspaceResourceId: actionGroupId,
          modelResourceId: workspaceId,
          userAssignedIdentityResourceId: ids.vault,
          alertSeverity: 5,
        }),
      [
        { propertyPath: "scheduleName", reason: '"-bad" is not a valid schedule name' },
        { propertyPath: "endpointName", reason: '"ep_1" is not a valid endpoint name' },
        { propertyPath: "deploymentName", reason: '"b" is not a valid deployment name' },
        { propertyPath: "taskType", reason: '"Ranking" is not a task type' },
        { propertyPath: "baselineDataUri", reason: '"training.csv" is not a data reference' },
        { propertyPath: "baselineDataType", reason: '"csv" is not allowed' },
        {
          propertyPath: "productionWindowSize",
          reason: '"PT12H" is not allowed: use whole days from P1D to P90D',
        },
        { propertyPath: "emails[0]", reason: '"ops" is not an e-mail address' },
        { propertyPath: "emails", reason: "Azure ML accepts at most 499" },
        {
          propertyPath: "actionGroupResourceId",
          reason: "expected a Microsoft.Insights/actionGroups ID",
        },
        {
          propertyPath: "logAnalyticsWorkspaceResourceId",
          reason: "expected a Microsoft.OperationalInsights/workspaces ID",
        },
        {
          propertyPath: "modelResourceId",
          reason: "expected a Microsoft.MachineLearningServices/workspaces/models/versions ID",
        },
        {
          propertyPath: "userAssignedIdentityResourceId",
          reason: "expected a Microsoft.ManagedIdentity/userAssignedIdentities ID",
        },
        { propertyPath: "alertSeverity", reason: "5 is out of range" },
      ],
    ));

  it("rejects no e-mail recipients and a workspace named both ways", () =>
    assertInputErrors(
      () =>
        new ModelMonitor("bad", {
          ...base,
          machineLearningWorkspaceResourceId: workspaceId,
          emails: [],
        }),
      [
        {
          propertyPath: "workspaceName",
          reason: "conflicts with machineLearningWorkspaceResourceId",
        },
        { propertyPath: "emails", reason: "is empty" },
      ],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the whole schedule properties object and the alert query", async () => {
      const m = new ModelMonitor("pv", { ...base, userAssignedIdentityResourceId: identityId });
      await settle();
      const schedule = preview.one(S).inputs;
      assert.deepStrictEqual(unknownPaths(schedule.properties), []);
      assert.strictEqual(
        schedule.properties.action.monitorDefinition.monitoringTarget.deploymentId,
        `${workspaceId}/onlineEndpoints/ep-credit/deployments/blue`,
      );
      assert.deepStrictEqual(unknownPaths(preview.one(Q).inputs), []);
      assert.strictEqual(await isKnown(m.scheduleResourceId), true);
      assert.strictEqual(await isKnown(m.alertRuleResourceId), true);
    });
  });
});
