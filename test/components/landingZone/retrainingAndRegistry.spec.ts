import * as assert from "assert";
import { AiLandingZone, AiLandingZoneArgs } from "../../../components";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, rg } from "../../helpers/fixtures";
import { RecorderMocks, settle, unwrap, useMocks } from "../../helpers/mocks";

const ML = "azure-native:machinelearningservices";
const pipeline = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-lz/components/train/versions/4`;
const handler = `${group}/providers/Microsoft.Web/sites/func-retrain/functions/onBreach`;
const slot = (weight: number, version: number) => ({
  model: `azureml:credit:${version}`,
  environmentId: "azureml:sklearn:1",
  weight,
});
const args = (extra: Partial<AiLandingZoneArgs> = {}): AiLandingZoneArgs => ({
  resourceGroupName: rg,
  location: "swedencentral",
  environment: "prod",
  costCenter: "cc-42",
  owner: "ml-platform",
  alertEmails: ["ops@contoso.com"],
  budgetAmount: 2000,
  slots: { blue: slot(90, 1), green: slot(10, 2) },
  ...extra,
});

describe("AiLandingZone with a training job and a registry", () => {
  // One zone for the specs that read it: building it is the slow part.
  let mocks: RecorderMocks;
  let zone: AiLandingZone;
  before(async () => {
    mocks = await useMocks();
    zone = new AiLandingZone(
      "lz",
      args({
        modelMonitor: {
          taskType: "Classification",
          baselineDataUri: "azureml:credit-training:3",
          baselineTargetColumn: "default",
        },
        training: {
          pipelineComponentResourceId: pipeline,
          inputs: { training_data: { uri: "azureml:credit-training:latest", type: "uri_folder" } },
          monitorBreachHandlerResourceId: handler,
        },
        enableRegistry: true,
        registry: { replicaLocations: ["westeurope"] },
      }),
    );
    await settle();
  });

  it("retrains weekly on the training cluster, and when one of the zone's monitors breaches", async () => {
    const schedule = mocks.one(`${ML}:Schedule`, "lz-retrain-schedule").inputs;
    assert.strictEqual(schedule.name, "retrain");
    assert.deepStrictEqual(schedule.properties.trigger, {
      triggerType: "Cron",
      expression: "0 2 * * 0",
      timeZone: "UTC",
    });
    const job = schedule.properties.action.jobDefinition;
    assert.deepStrictEqual(
      [job.componentId, job.settings.default_compute],
      [pipeline, await unwrap(zone.trainingCluster.resourceId)],
    );
    const subscription = mocks.one("azure-native:eventgrid:EventSubscription").inputs;
    assert.deepStrictEqual(subscription.filter, {
      includedEventTypes: ["Microsoft.MachineLearningServices.RunStatusChanged"],
      // azure-native fills this in.
      isSubjectCaseSensitive: false,
      advancedFilters: [
        {
          operatorType: "StringContains",
          key: "data.RunTags.azureml_modelmonitor_threshold_breached",
          values: ["monitor-blue", "monitor-green"],
        },
      ],
    });
    assert.strictEqual(
      subscription.destination.resourceId ?? subscription.destination.properties?.resourceId,
      handler,
    );
  });

  it("creates a private registry in the zone's regions that the workspace reaches through its managed network", async () => {
    const registry = mocks.one(`${ML}:Registry`).inputs;
    assert.deepStrictEqual(
      [
        registry.publicNetworkAccess,
        registry.regionDetails.map((r: { location: string }) => r.location),
      ],
      ["Disabled", ["swedencentral", "westeurope"]],
    );
    const rules = mocks.one(`${ML}:Workspace`).inputs.managedNetwork.outboundRules;
    assert.deepStrictEqual(rules["aml-registry"], {
      type: "PrivateEndpoint",
      category: "UserDefined",
      destination: {
        serviceResourceId: await unwrap(zone.registry!.resourceId),
        subresourceTarget: "amlregistry",
        sparkEnabled: false,
      },
    });
  });

  it("lets the workspace and the training cluster publish, and the endpoint read", async () => {
    const id = await unwrap(zone.registry!.resourceId);
    const onRegistry = mocks
      .ofType("azure-native:authorization:RoleAssignment")
      .filter((r) => r.inputs.scope === id)
      .map((r) => [r.inputs.principalId, r.inputs.roleDefinitionId.split("/").pop()])
      .sort();
    assert.deepStrictEqual(
      onRegistry,
      [
        [await unwrap(zone.workspace.identityPrincipalId), "1823dd4f-9b8c-4ab6-ab4e-7397a3684615"],
        [
          await unwrap(zone.trainingCluster.identityPrincipalId),
          "1823dd4f-9b8c-4ab6-ab4e-7397a3684615",
        ],
        [await unwrap(zone.endpoint.principalId), "acdd72a7-3385-48ef-bd42-f606fba81ae7"],
      ].sort(),
    );
  });
});

describe("AiLandingZone retraining and registry arguments", () => {
  it("refuses registry overrides without enableRegistry, and a registry without a known location", async () => {
    await useMocks();
    assertInputErrors(
      () => new AiLandingZone("bad", args({ registry: { replicaLocations: ["westeurope"] } })),
      [{ propertyPath: "registry", reason: "is set while enableRegistry is not true" }],
    );
    assertInputErrors(
      () => new AiLandingZone("bad2", args({ enableRegistry: true, location: undefined })),
      [{ propertyPath: "location", reason: "is required with enableRegistry" }],
    );
  });
});
