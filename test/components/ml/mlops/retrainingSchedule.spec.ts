import * as assert from "assert";
import {
  breachTagText,
  RetrainingSchedule,
  RetrainingScheduleArgs,
  TrainingCluster,
} from "../../../../components/ml/mlops";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { group, ids, rg } from "../../../helpers/fixtures";
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
const E = "azure-native:eventgrid:EventSubscription";
const workspaceId = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`;
const componentId = `${workspaceId}/components/credit-train/versions/2`;
const computeId = `${workspaceId}/computes/train`;
const functionId = `${group}/providers/Microsoft.Web/sites/func-mlops/functions/retrain`;
const queueId = `${group}/providers/Microsoft.ServiceBus/namespaces/sb-mlops/queues/retrain`;

const base: RetrainingScheduleArgs = {
  resourceGroupName: rg,
  workspaceName: "mlw-ailz",
  pipelineComponentResourceId: componentId,
  computeResourceId: computeId,
};

describe("RetrainingSchedule", () => {
  const mocks = mocksPerSpec();

  it("runs the named pipeline weekly on the training cluster with the cluster's identity", async () => {
    const r = new RetrainingSchedule("credit", {
      ...base,
      inputs: {
        learning_rate: "0.01",
        training_data: { uri: "azureml:credit-training:4", type: "mltable" },
        raw: { uri: "azureml://datastores/workspaceblobstore/paths/raw/", type: "uri_folder" },
        config: { uri: "azureml:config-file:1", type: "uri_file" },
      },
    });
    await settle();
    const schedule = mocks.one(S).inputs;
    assert.deepStrictEqual(
      [schedule.resourceGroupName, schedule.workspaceName, schedule.name],
      [rg, "mlw-ailz", "retrain-credit"],
    );
    assert.deepStrictEqual(schedule.properties, {
      displayName: "retrain-credit",
      description: "Retraining for credit",
      isEnabled: true,
      tags: {},
      trigger: { triggerType: "Cron", expression: "0 2 * * 0", timeZone: "UTC" },
      action: {
        actionType: "CreateJob",
        jobDefinition: {
          jobType: "Pipeline",
          displayName: "Retraining credit",
          experimentName: "retrain-credit",
          componentId,
          inputs: {
            learning_rate: { jobInputType: "literal", value: "0.01" },
            training_data: { jobInputType: "mltable", uri: "azureml:credit-training:4" },
            raw: {
              jobInputType: "uri_folder",
              uri: "azureml://datastores/workspaceblobstore/paths/raw/",
            },
            config: { jobInputType: "uri_file", uri: "azureml:config-file:1" },
          },
          settings: { default_compute: computeId },
          identity: { identityType: "Managed" },
          tags: {},
        },
      },
    });
    assert.strictEqual(mocks.ofType(E).length, 0);
    assert.strictEqual(
      await unwrap(r.scheduleResourceId),
      `${workspaceId}/schedules/retrain-credit`,
    );
    assert.strictEqual((await unwrap(r.jobDefinition)).jobType, "Pipeline");
  });

  it("runs a team's own job only when chosen monitors breach, through Event Grid to a function", async () => {
    const job = {
      jobType: "Command" as const,
      command: "python train.py --data ${{inputs.data}}",
      environmentId: `${workspaceId}/environments/sklearn/versions/5`,
      computeId,
      experimentName: "credit-retrain",
    };
    new RetrainingSchedule("own", {
      resourceGroupName: rg,
      workspaceName: "mlw-ailz",
      scheduleName: "credit-own",
      jobDefinition: job,
      cronExpression: "30 1 1 * *",
      timeZone: "W. Europe Standard Time",
      enabled: false,
      monitorBreachHandlerResourceId: functionId,
      monitorScheduleNames: ["monitor-credit"],
      tags: { env: "prod" },
    });
    await settle();
    const p = mocks.one(S).inputs.properties;
    assert.deepStrictEqual(
      [p.isEnabled, p.trigger, p.tags],
      [
        false,
        { triggerType: "Cron", expression: "30 1 1 * *", timeZone: "W. Europe Standard Time" },
        { env: "prod" },
      ],
    );
    assert.deepStrictEqual(p.action, {
      actionType: "CreateJob",
      jobDefinition: job,
    });
    const subscription = mocks.one(E).inputs;
    assert.deepStrictEqual(
      {
        scope: subscription.scope,
        eventSubscriptionName: subscription.eventSubscriptionName,
        eventDeliverySchema: subscription.eventDeliverySchema,
        filter: subscription.filter,
        retryPolicy: subscription.retryPolicy,
        destination: subscription.destination,
      },
      {
        scope: workspaceId,
        eventSubscriptionName: "credit-own-breach",
        eventDeliverySchema: "EventGridSchema",
        filter: {
          includedEventTypes: ["Microsoft.MachineLearningServices.RunStatusChanged"],
          advancedFilters: [
            {
              operatorType: "StringContains",
              key: "data.RunTags.azureml_modelmonitor_threshold_breached",
              values: ["monitor-credit"],
            },
          ],
          isSubjectCaseSensitive: false,
        },
        retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 },
        destination: {
          endpointType: "AzureFunction",
          resourceId: functionId,
          maxEventsPerBatch: 1,
        },
      },
    );
  });

  it("delivers breaches of any monitor to a Service Bus queue", async () => {
    new RetrainingSchedule("sb", { ...base, monitorBreachHandlerResourceId: queueId });
    await settle();
    const subscription = mocks.one(E).inputs;
    assert.deepStrictEqual(subscription.destination, {
      endpointType: "ServiceBusQueue",
      resourceId: queueId,
    });
    assert.deepStrictEqual(subscription.filter.advancedFilters[0].values, [breachTagText]);
  });

  it("rejects a cron that does not parse, wrong ID types and a bad data input type", () =>
    assertInputErrors(
      () =>
        new RetrainingSchedule("bad", {
          ...base,
          pipelineComponentResourceId: `${workspaceId}/components/credit-train`,
          computeResourceId: ids.vault,
          cronExpression: "0 2 * * 8",
          monitorBreachHandlerResourceId: ids.workspace,
          inputs: { data: { uri: "azureml:x:1", type: "csv" as never } },
          scheduleName: "bad name",
        }),
      [
        {
          propertyPath: "pipelineComponentResourceId",
          reason: "expected a Microsoft.MachineLearningServices/workspaces/components/versions ID",
        },
        {
          propertyPath: "computeResourceId",
          reason: "expected a Microsoft.MachineLearningServices/workspaces/computes ID",
        },
        { propertyPath: "cronExpression", reason: "day of week 8 is outside 0-6" },
        {
          propertyPath: "monitorBreachHandlerResourceId",
          reason:
            "use a Microsoft.Web/sites/functions or Microsoft.ServiceBus/namespaces/queues ID",
        },
        { propertyPath: "inputs.data.type", reason: '"csv" is not a data input type' },
        { propertyPath: "scheduleName", reason: '"bad name" is not a valid schedule name' },
      ],
    ));

  it("rejects a pipeline and a job together, and settings the job already carries", () =>
    assertInputErrors(
      () =>
        new RetrainingSchedule("bad", {
          ...base,
          inputs: { lr: "0.1" },
          experimentName: "x",
          jobDefinition: { jobType: "Sweep" as never, command: "", environmentId: "" },
        }),
      [
        { propertyPath: "pipelineComponentResourceId", reason: "conflicts with jobDefinition" },
        { propertyPath: "computeResourceId", reason: "conflicts with jobDefinition" },
        { propertyPath: "inputs", reason: "conflicts with jobDefinition" },
        { propertyPath: "experimentName", reason: "conflicts with jobDefinition" },
        { propertyPath: "jobDefinition.jobType", reason: '"Sweep" is not supported' },
      ],
    ));

  it("rejects nothing to run, a pipeline without compute and a trigger that never fires", () => {
    assertInputErrors(
      () =>
        new RetrainingSchedule("bad", {
          resourceGroupName: rg,
          workspaceName: "mlw-ailz",
          enabled: false,
          monitorScheduleNames: [],
        }),
      [
        { propertyPath: "pipelineComponentResourceId", reason: "is required unless jobDefinition" },
        {
          propertyPath: "monitorScheduleNames",
          reason: "applies only with monitorBreachHandlerResourceId",
        },
        { propertyPath: "monitorScheduleNames", reason: "is empty" },
        { propertyPath: "enabled", reason: "nothing would ever retrain" },
      ],
    );
    assertInputErrors(
      () => new RetrainingSchedule("bad", { ...base, computeResourceId: undefined }),
      [
        {
          propertyPath: "computeResourceId",
          reason: "is required with pipelineComponentResourceId",
        },
      ],
    );
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the whole schedule and event filter when the compute is a new TrainingCluster", async () => {
      const cluster = new TrainingCluster("train", {
        resourceGroupName: rg,
        workspaceName: "mlw-ailz",
        storageAccountResourceId: `${group}/providers/Microsoft.Storage/storageAccounts/stailz`,
      });
      const r = new RetrainingSchedule("pv", {
        ...base,
        computeResourceId: cluster.resourceId,
        monitorBreachHandlerResourceId: functionId,
      });
      await settle();
      const schedule = preview.one(S).inputs;
      assert.deepStrictEqual(unknownPaths(schedule.properties), []);
      assert.strictEqual(
        schedule.properties.action.jobDefinition.settings.default_compute,
        computeId,
      );
      assert.deepStrictEqual(unknownPaths(preview.one(E).inputs), []);
      assert.strictEqual(await isKnown(r.scheduleResourceId), true);
    });
  });
});
