import * as pulumi from "@pulumi/pulumi";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import * as monitor from "@pulumi/azure-native/monitor";
import {
  azureContext,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  plain,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "../../common";
import { cronProblem } from "./cron";
import { modelInputsCollection, modelOutputsCollection } from "./dataCollection";
import { durationSeconds } from "../../../policies/facts/isoDuration";
import {
  defaultSignals,
  MonitorSignalArgs,
  renderSignals,
  signalName,
  validateSignals,
} from "./monitorSignals";
import {
  resolveWorkspace,
  validateWorkspaceReference,
  WorkspaceReferenceArgs,
} from "./workspaceReference";

const token = "ailz:ml:ModelMonitor";

export interface ModelMonitorArgs extends WorkspaceReferenceArgs {
  /** Where the alert rule lives. @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The monitor schedule's name in the workspace.
   * @default `monitor-<name>`
   */
  scheduleName?: string;
  /** Required. The online endpoint whose deployment is watched. */
  endpointName: pulumi.Input<string>;
  /** Required. The deployment (slot) whose collected data is compared with the baseline. */
  deploymentName: pulumi.Input<string>;
  /**
   * The `Microsoft.MachineLearningServices/workspaces/models/versions` ID of the served model,
   * for lineage in the monitoring results.
   * @default - none
   */
  modelResourceId?: pulumi.Input<string>;
  /** Required. The model's task. */
  taskType: "Classification" | "Regression";
  /**
   * Required. The baseline: the data asset the model was trained or validated on, e.g.
   * `azureml:credit-training:3`.
   */
  baselineDataUri: string;
  /** The baseline asset's type. @default "mltable" */
  baselineDataType?: "mltable" | "uri_folder";
  /**
   * Conditional: the baseline's target column, which prediction drift compares model outputs
   * with. Required when a `PredictionDrift` signal is watched.
   */
  baselineTargetColumn?: string;
  /** How much recent production data each run compares, as an ISO 8601 duration (P1D-P90D). @default "P7D" */
  productionWindowSize?: string;
  /**
   * A component that turns collected data into tables (`azureml://registries/...`), for
   * deployments whose scoring script logs custom shapes.
   * @default - Azure ML's own preprocessing of model data collector output
   */
  preprocessingComponentId?: string;
  /** @default all three: DataDrift, PredictionDrift and DataQuality, with `defaultSignalThresholds` */
  signals?: MonitorSignalArgs[];
  /** When the monitor runs, as a five-field cron expression. @default "0 3 * * *" (daily at 03:00) */
  cronExpression?: string;
  /** A Windows time zone name for `cronExpression`. @default "UTC" */
  timeZone?: string;
  /** Required. Who Azure ML e-mails when a signal breaches; at most 499 characters in all. */
  emails: string[];
  /** Required. The `Microsoft.Insights/actionGroups` ID the alert notifies (Observability's action group). */
  actionGroupResourceId: pulumi.Input<string>;
  /**
   * Required. The `Microsoft.OperationalInsights/workspaces` ID that receives the ML workspace's
   * diagnostic logs (category AmlRunStatusChangedEvent); the alert queries it.
   */
  logAnalyticsWorkspaceResourceId: pulumi.Input<string>;
  /** The alert's severity, 0 (critical) to 4 (verbose). @default 2 */
  alertSeverity?: number;
  /**
   * The log query whose rows mean a breach, for workspaces that log runs differently.
   * @default failed runs of this workspace whose status message reports this monitor's metric
   * thresholds violated (see `breachQuery`)
   */
  alertQuery?: string;
  /** The serverless Spark size that computes the signals. @default "standard_e4s_v3" */
  sparkInstanceType?: string;
  /** @default "3.4" */
  sparkRuntimeVersion?: string;
  /**
   * A `Microsoft.ManagedIdentity/userAssignedIdentities` ID the monitoring jobs run as; it needs
   * Storage Blob Data Reader on the workspace storage (`TrainingCluster.identityResourceId` has it).
   * @default - the schedule creator's Azure ML token (AmlToken)
   */
  userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Opt-out: create the schedule disabled. @default true */
  enabled?: boolean;
  /** @default {} */
  tags?: Tags;
}

/** The default breach query: failed monitor runs that report violated thresholds. */
export function breachQuery(workspaceResourceId: string, scheduleName: string): string {
  return [
    "AmlRunStatusChangedEvent",
    `| where _ResourceId =~ "${workspaceResourceId}"`,
    '| where Status =~ "Failed"',
    '| where Message contains "violating metric thresholds"',
    `| where Message contains "${scheduleName}"`,
  ].join("\n");
}

/**
 * The outer loop's watch: an Azure ML model monitor (a `Schedule` with a `CreateMonitor`
 * action) comparing a deployment's collected production data with its baseline for data drift,
 * prediction drift and data quality, e-mailing on a breach, plus a log alert that sends every
 * breach to the Observability action group.
 */
export class ModelMonitor extends pulumi.ComponentResource {
  public readonly scheduleName: pulumi.Output<string>;
  /** Composed from known names, so it stays known during preview. */
  public readonly scheduleResourceId: pulumi.Output<string>;
  public readonly alertRuleResourceId: pulumi.Output<string>;
  /** The signal names, as they appear in breach messages. */
  public readonly signalNames: string[];

  constructor(name: string, args: ModelMonitorArgs, opts?: pulumi.ComponentResourceOptions) {
    super(token, name, {}, opts);
    validate(name, args);

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const workspace = resolveWorkspace(args, subscriptionId);
    const scheduleName = args.scheduleName ?? `monitor-${name}`;
    const signals = args.signals ?? defaultSignals;

    const deploymentId = pulumi.interpolate`${workspace.resourceId}/onlineEndpoints/${args.endpointName}/deployments/${args.deploymentName}`;
    // Azure ML registers each collection as `<endpoint>-<deployment>-<collection>` version 1.
    const collected = (collection: string) => ({
      inputDataType: "Rolling" as const,
      jobInputType: "uri_folder",
      uri: pulumi.interpolate`azureml:${args.endpointName}-${args.deploymentName}-${collection}:1`,
      dataContext: collection,
      windowSize: args.productionWindowSize ?? "P7D",
      windowOffset: "P0D",
      preprocessingComponentId: args.preprocessingComponentId,
    });
    const baseline = {
      inputDataType: "Fixed" as const,
      jobInputType: args.baselineDataType ?? "mltable",
      uri: args.baselineDataUri,
      dataContext: "training",
    };
    const computeIdentity =
      args.userAssignedIdentityResourceId === undefined
        ? { computeIdentityType: "AmlToken" as const }
        : {
            computeIdentityType: "ManagedIdentity" as const,
            identity: {
              type: "UserAssigned",
              userAssignedIdentities: [args.userAssignedIdentityResourceId],
            },
          };

    const schedule = new machinelearningservices.Schedule(
      `${name}-schedule`,
      {
        resourceGroupName: workspace.resourceGroupName,
        workspaceName: workspace.workspaceName,
        name: scheduleName,
        properties: {
          displayName: scheduleName,
          description: pulumi.interpolate`Model monitor for ${args.endpointName}/${args.deploymentName}`,
          isEnabled: args.enabled ?? true,
          tags,
          trigger: {
            triggerType: "Cron",
            expression: args.cronExpression ?? "0 3 * * *",
            timeZone: args.timeZone ?? "UTC",
          },
          action: {
            actionType: "CreateMonitor",
            monitorDefinition: {
              computeConfiguration: {
                computeType: "ServerlessSpark",
                instanceType: args.sparkInstanceType ?? "standard_e4s_v3",
                runtimeVersion: args.sparkRuntimeVersion ?? "3.4",
                computeIdentity,
              },
              monitoringTarget: {
                deploymentId,
                modelId: args.modelResourceId,
                taskType: args.taskType,
              },
              signals: renderSignals(signals, {
                modelInputs: collected(modelInputsCollection),
                modelOutputs: collected(modelOutputsCollection),
                baseline,
                baselineWithTarget: {
                  ...baseline,
                  columns:
                    args.baselineTargetColumn === undefined
                      ? undefined
                      : { target_column: args.baselineTargetColumn },
                },
              }),
              alertNotificationSettings: {
                emailNotificationSettings: { emails: [...args.emails] },
              },
            },
          },
        },
      },
      { parent: this },
    );
    const scheduleResourceId = knownResourceId(
      schedule,
      workspace.subscriptionId,
      workspace.resourceGroupName,
      "Microsoft.MachineLearningServices/workspaces/schedules",
      workspace.workspaceName,
      scheduleName,
    );

    const ruleName = `alert-${scheduleName}`;
    const rule = new monitor.ScheduledQueryRule(
      `${name}-alert`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        ruleName,
        kind: "LogAlert",
        displayName: `Model monitor ${scheduleName}: a signal breached its threshold`,
        description: pulumi.interpolate`A monitoring signal of ${args.endpointName}/${args.deploymentName} breached its threshold; see the monitor's results in Azure ML studio.`,
        enabled: args.enabled ?? true,
        severity: args.alertSeverity ?? 2,
        scopes: [args.logAnalyticsWorkspaceResourceId],
        evaluationFrequency: "PT1H",
        windowSize: "PT1H",
        criteria: {
          allOf: [
            {
              query:
                args.alertQuery ??
                workspace.resourceId.apply((id) => breachQuery(id, scheduleName)),
              timeAggregation: "Count",
              operator: "GreaterThan",
              threshold: 0,
              failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
            },
          ],
        },
        // A breach is an event, not a state: it stays open until someone has looked at it.
        autoMitigate: false,
        actions: {
          actionGroups: [args.actionGroupResourceId],
          customProperties: { monitor: scheduleName },
        },
        tags,
      },
      { parent: this },
    );

    this.scheduleName = pulumi.output(scheduleName);
    this.scheduleResourceId = scheduleResourceId;
    this.alertRuleResourceId = knownResourceId(
      rule,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.Insights/scheduledQueryRules",
      ruleName,
    );
    this.signalNames = signals.map(signalName);
    this.registerOutputs({
      scheduleName: this.scheduleName,
      scheduleResourceId: this.scheduleResourceId,
      alertRuleResourceId: this.alertRuleResourceId,
    });
  }
}

const emailPattern = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

function validate(name: string, args: ModelMonitorArgs): void {
  const v = new InputValidator(token, name);
  validateWorkspaceReference(v, args);
  const scheduleName = args.scheduleName ?? `monitor-${name}`;
  v.report(
    args.scheduleName === undefined ? "name" : "scheduleName",
    nameProblem("mlSchedule", scheduleName, "a valid schedule name"),
  );
  v.check(
    args.taskType === "Classification" || args.taskType === "Regression",
    "taskType",
    `"${args.taskType}" is not a task type: use Classification or Regression`,
  );
  v.check(
    typeof args.baselineDataUri === "string" &&
      /^(azureml:|azureml:\/\/|https:\/\/|abfss:\/\/)/.test(args.baselineDataUri),
    "baselineDataUri",
    `"${args.baselineDataUri}" is not a data reference: use azureml:<asset>:<version> or a storage URI`,
  );
  v.check(
    args.baselineDataType === undefined ||
      ["mltable", "uri_folder"].includes(args.baselineDataType),
    "baselineDataType",
    `"${args.baselineDataType}" is not allowed: use mltable or uri_folder`,
  );
  const window = args.productionWindowSize;
  if (window !== undefined) {
    const seconds = durationSeconds(window);
    v.check(
      seconds !== undefined && seconds >= 86400 && seconds <= 90 * 86400 && seconds % 86400 === 0,
      "productionWindowSize",
      `"${window}" is not allowed: use whole days from P1D to P90D, such as P7D`,
    );
  }
  validateSignals(v, "signals", args.signals);
  const watchesPredictions = (args.signals ?? defaultSignals).some(
    (s) => s.kind === "PredictionDrift",
  );
  v.check(
    !watchesPredictions || (args.baselineTargetColumn ?? "") !== "",
    "baselineTargetColumn",
    "is required while a PredictionDrift signal is watched: name the baseline column holding the model's target",
  );
  if (args.cronExpression !== undefined) {
    v.report("cronExpression", cronProblem(args.cronExpression));
  }
  v.check(
    args.emails.length > 0,
    "emails",
    "is empty: list at least one address that Azure ML e-mails on a breach",
  );
  args.emails.forEach((email, i) =>
    v.check(emailPattern.test(email), `emails[${i}]`, `"${email}" is not an e-mail address`),
  );
  const total = args.emails.join(",").length;
  v.check(
    total <= 499,
    "emails",
    `are ${total} characters together; Azure ML accepts at most 499, so send to a distribution list instead`,
  );
  v.report(
    "actionGroupResourceId",
    resourceIdProblem(args.actionGroupResourceId, "Microsoft.Insights/actionGroups"),
  );
  v.report(
    "logAnalyticsWorkspaceResourceId",
    resourceIdProblem(
      args.logAnalyticsWorkspaceResourceId,
      "Microsoft.OperationalInsights/workspaces",
    ),
  );
  v.report(
    "modelResourceId",
    resourceIdProblem(
      args.modelResourceId,
      "Microsoft.MachineLearningServices/workspaces/models/versions",
    ),
  );
  v.report(
    "userAssignedIdentityResourceId",
    resourceIdProblem(
      args.userAssignedIdentityResourceId,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
    ),
  );
  const severity = args.alertSeverity;
  v.check(
    severity === undefined || (Number.isInteger(severity) && severity >= 0 && severity <= 4),
    "alertSeverity",
    `${severity} is out of range: use a whole number from 0 (critical) to 4 (verbose)`,
  );
  for (const key of ["endpointName", "deploymentName"] as const) {
    const value = plain(args[key]);
    if (value === undefined) continue;
    v.report(
      key,
      key === "endpointName"
        ? nameProblem("mlOnlineEndpoint", value, "a valid endpoint name")
        : nameProblem("mlOnlineDeployment", value, "a valid deployment name"),
    );
  }
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
}
