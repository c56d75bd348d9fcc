import * as pulumi from "@pulumi/pulumi";
import * as eventgrid from "@pulumi/azure-native/eventgrid";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import type * as azureInputs from "@pulumi/azure-native/types/input";
import {
  azureContext,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  parseResourceId,
  plain,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "../../common";
import { cronProblem } from "./cron";
import {
  resolveWorkspace,
  validateWorkspaceReference,
  WorkspaceReferenceArgs,
} from "./workspaceReference";

const token = "ailz:ml:RetrainingSchedule";

type JobDefinition =
  | azureInputs.machinelearningservices.PipelineJobArgs
  | azureInputs.machinelearningservices.CommandJobArgs;

/** A data input of the retraining pipeline. */
export interface RetrainingDataInput {
  /** e.g. `azureml:credit-training:4` or `azureml://datastores/workspaceblobstore/paths/fresh/` */
  uri: string;
  type: "uri_folder" | "uri_file" | "mltable";
}

export interface RetrainingScheduleArgs extends WorkspaceReferenceArgs {
  /** The schedule's name in the workspace. @default `retrain-<name>` */
  scheduleName?: string;
  /**
   * The training pipeline to run: a registered pipeline component version
   * (`Microsoft.MachineLearningServices/workspaces/components/versions`). Give this or
   * `jobDefinition`.
   * @default - none
   */
  pipelineComponentResourceId?: pulumi.Input<string>;
  /**
   * Conditional: the `Microsoft.MachineLearningServices/workspaces/computes` ID the pipeline's
   * steps run on (`TrainingCluster.resourceId`); required with `pipelineComponentResourceId`.
   */
  computeResourceId?: pulumi.Input<string>;
  /**
   * The pipeline's inputs: a string is a literal; `{ uri, type }` is data.
   * @default {}
   */
  inputs?: Record<string, string | RetrainingDataInput>;
  /** The experiment the runs are filed under. @default `retrain-<name>` */
  experimentName?: string;
  /**
   * A complete Azure ML job (a `CommandJob` or `PipelineJob` as azure-native types it), for a
   * team that brings its own training job. Give this or `pipelineComponentResourceId`; it
   * carries its own compute, inputs and experiment.
   * @default - none
   */
  jobDefinition?: JobDefinition;
  /** When the job runs, as a five-field cron expression. @default "0 2 * * 0" (Sundays at 02:00) */
  cronExpression?: string;
  /** A Windows time zone name for `cronExpression`. @default "UTC" */
  timeZone?: string;
  /**
   * Opt-out of the cron trigger: the schedule is created disabled, for teams that retrain only
   * when a monitor breaches (see `monitorBreachHandlerResourceId`).
   * @default true
   */
  enabled?: boolean;
  /**
   * Retrain when a model monitor breaches: Event Grid delivers the workspace's breach events
   * (run status changes tagged `azureml_modelmonitor_threshold_breached`) to this handler, an
   * Azure Function (`Microsoft.Web/sites/functions`) or a Service Bus queue
   * (`Microsoft.ServiceBus/namespaces/queues`), which submits `jobDefinition` as a job.
   * @default - no event subscription; retraining runs on the cron only
   */
  monitorBreachHandlerResourceId?: pulumi.Input<string>;
  /**
   * Only breaches of these monitors (their schedule names, `ModelMonitor.scheduleName`) trigger
   * retraining.
   * @default - a breach of any monitor in the workspace
   */
  monitorScheduleNames?: string[];
  /** @default {} */
  tags?: Tags;
}

/** The text Azure ML puts in the breach tag of a monitoring run. */
export const breachTagText = "has failed due to one or more features violating metric thresholds";

/**
 * The outer loop's second half: a workspace schedule that runs the team's training pipeline or
 * job on a cron (weekly by default) on the training cluster, optionally also when a model
 * monitor breaches.
 */
export class RetrainingSchedule extends pulumi.ComponentResource {
  public readonly scheduleName: pulumi.Output<string>;
  /** Composed from known names, so it stays known during preview. */
  public readonly scheduleResourceId: pulumi.Output<string>;
  /** The job each run submits; a breach handler submits the same definition. */
  public readonly jobDefinition: pulumi.Output<JobDefinition>;

  constructor(name: string, args: RetrainingScheduleArgs, opts?: pulumi.ComponentResourceOptions) {
    super(token, name, {}, opts);
    validate(name, args);

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const workspace = resolveWorkspace(args, subscriptionId);
    const scheduleName = args.scheduleName ?? `retrain-${name}`;
    const jobDefinition = args.jobDefinition ?? pipelineJob(name, args, tags);

    const schedule = new machinelearningservices.Schedule(
      `${name}-schedule`,
      {
        resourceGroupName: workspace.resourceGroupName,
        workspaceName: workspace.workspaceName,
        name: scheduleName,
        properties: {
          displayName: scheduleName,
          description: `Retraining for ${name}`,
          isEnabled: args.enabled ?? true,
          tags,
          trigger: {
            triggerType: "Cron",
            expression: args.cronExpression ?? "0 2 * * 0",
            timeZone: args.timeZone ?? "UTC",
          },
          action: { actionType: "CreateJob", jobDefinition },
        },
      },
      { parent: this },
    );

    if (args.monitorBreachHandlerResourceId !== undefined) {
      const handler = args.monitorBreachHandlerResourceId;
      const destination = pulumi.output(handler).apply((id) =>
        /\/providers\/Microsoft\.ServiceBus\//i.test(id)
          ? { endpointType: "ServiceBusQueue" as const, resourceId: id }
          : {
              endpointType: "AzureFunction" as const,
              resourceId: id,
              maxEventsPerBatch: 1,
            },
      );
      new eventgrid.EventSubscription(
        `${name}-breach`,
        {
          scope: workspace.resourceId,
          eventSubscriptionName: eventSubscriptionName(scheduleName),
          eventDeliverySchema: "EventGridSchema",
          filter: {
            includedEventTypes: ["Microsoft.MachineLearningServices.RunStatusChanged"],
            advancedFilters: [
              {
                operatorType: "StringContains",
                key: "data.RunTags.azureml_modelmonitor_threshold_breached",
                values: args.monitorScheduleNames ?? [breachTagText],
              },
            ],
          },
          // A breach that cannot be delivered for a day is stale: the next monitor run reports again.
          retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 },
          destination,
        },
        { parent: this },
      );
    }

    this.scheduleName = pulumi.output(scheduleName);
    this.scheduleResourceId = knownResourceId(
      schedule,
      workspace.subscriptionId,
      workspace.resourceGroupName,
      "Microsoft.MachineLearningServices/workspaces/schedules",
      workspace.workspaceName,
      scheduleName,
    );
    this.jobDefinition = pulumi.output(jobDefinition) as pulumi.Output<JobDefinition>;
    this.registerOutputs({
      scheduleName: this.scheduleName,
      scheduleResourceId: this.scheduleResourceId,
    });
  }
}

/** Event subscription names allow 3-64 letters, digits and hyphens. */
function eventSubscriptionName(scheduleName: string): string {
  const clean = `${scheduleName.replace(/[^A-Za-z0-9-]/g, "-")}-breach`;
  return clean.length <= 64 ? clean : clean.slice(clean.length - 64).replace(/^-+/, "");
}

function pipelineJob(
  name: string,
  args: RetrainingScheduleArgs,
  tags: Tags,
): azureInputs.machinelearningservices.PipelineJobArgs {
  const inputs: NonNullable<azureInputs.machinelearningservices.PipelineJobArgs["inputs"]> = {};
  for (const [key, input] of Object.entries(args.inputs ?? {})) {
    if (typeof input === "string") {
      inputs[key] = { jobInputType: "literal", value: input };
    } else if (input.type === "mltable") {
      inputs[key] = { jobInputType: "mltable", uri: input.uri };
    } else if (input.type === "uri_file") {
      inputs[key] = { jobInputType: "uri_file", uri: input.uri };
    } else {
      inputs[key] = { jobInputType: "uri_folder", uri: input.uri };
    }
  }
  return {
    jobType: "Pipeline",
    displayName: `Retraining ${name}`,
    experimentName: args.experimentName ?? `retrain-${name}`,
    componentId: args.pipelineComponentResourceId,
    inputs,
    settings: { default_compute: args.computeResourceId },
    // Steps use the cluster's identity, which holds only the data roles training needs.
    identity: { identityType: "Managed" },
    tags,
  };
}

function validate(name: string, args: RetrainingScheduleArgs): void {
  const v = new InputValidator(token, name);
  validateWorkspaceReference(v, args);
  v.report(
    "scheduleName",
    nameProblem("mlSchedule", args.scheduleName ?? `retrain-${name}`, "a valid schedule name"),
  );
  const byComponent = args.pipelineComponentResourceId !== undefined;
  const byJob = args.jobDefinition !== undefined;
  v.check(
    byComponent !== byJob,
    "pipelineComponentResourceId",
    byComponent
      ? "conflicts with jobDefinition: run a registered pipeline or bring a job, not both"
      : "is required unless jobDefinition is given: name the training pipeline to run",
  );
  v.report(
    "pipelineComponentResourceId",
    resourceIdProblem(
      args.pipelineComponentResourceId,
      "Microsoft.MachineLearningServices/workspaces/components/versions",
    ),
  );
  v.report(
    "computeResourceId",
    resourceIdProblem(
      args.computeResourceId,
      "Microsoft.MachineLearningServices/workspaces/computes",
    ),
  );
  if (byComponent) {
    v.check(
      args.computeResourceId !== undefined,
      "computeResourceId",
      "is required with pipelineComponentResourceId: name the cluster the steps run on (TrainingCluster.resourceId)",
    );
  }
  if (byJob) {
    for (const key of ["computeResourceId", "inputs", "experimentName"] as const) {
      v.check(
        args[key] === undefined,
        key,
        "conflicts with jobDefinition, which carries its own; set it inside the job instead",
      );
    }
    const jobType = plain(args.jobDefinition!.jobType);
    v.check(
      jobType === undefined || jobType === "Pipeline" || jobType === "Command",
      "jobDefinition.jobType",
      `"${jobType}" is not supported: use Pipeline or Command`,
    );
  }
  Object.entries(args.inputs ?? {}).forEach(([key, input]) => {
    if (typeof input === "string") return;
    v.check(
      ["uri_folder", "uri_file", "mltable"].includes(input.type),
      `inputs.${key}.type`,
      `"${input.type}" is not a data input type: use uri_folder, uri_file or mltable`,
    );
  });
  if (args.cronExpression !== undefined) {
    v.report("cronExpression", cronProblem(args.cronExpression));
  }
  const handler = args.monitorBreachHandlerResourceId;
  if (typeof handler === "string") {
    const type = parseResourceId(handler)?.type.toLowerCase();
    v.check(
      type === "microsoft.web/sites/functions" || type === "microsoft.servicebus/namespaces/queues",
      "monitorBreachHandlerResourceId",
      `"${handler}" is not a handler: use a Microsoft.Web/sites/functions or Microsoft.ServiceBus/namespaces/queues ID`,
    );
  }
  v.check(
    args.monitorScheduleNames === undefined || handler !== undefined,
    "monitorScheduleNames",
    "applies only with monitorBreachHandlerResourceId; set the handler or remove the names",
  );
  v.check(
    args.monitorScheduleNames === undefined || args.monitorScheduleNames.length > 0,
    "monitorScheduleNames",
    "is empty: name at least one monitor, or leave it out for every monitor",
  );
  (args.monitorScheduleNames ?? []).forEach((n, i) =>
    v.report(`monitorScheduleNames[${i}]`, nameProblem("mlSchedule", n, "a valid schedule name")),
  );
  v.check(
    args.enabled !== false || handler !== undefined,
    "enabled",
    "is false and no monitorBreachHandlerResourceId is set, so nothing would ever retrain; set a handler or enable the cron",
  );
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
}
