import * as assert from "assert";
import {
  AuthenticatedEndpoint,
  BlueGreenDeployment,
  BlueGreenDeploymentArgs,
  SlotArgs,
} from "../../../../components/ml/serving";
import { SIMULATED_TIME } from "../../../../cli/simulator/constants";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { diagnostics, group, rg } from "../../../helpers/fixtures";
import {
  installMocks,
  mocksPerSpec,
  OptionsRecorder,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../../helpers/mocks";

const T = "azure-native:machinelearningservices";
const DYNAMIC = "pulumi-nodejs:dynamic:Resource";
const workspaceId = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`;
const computeId = `${workspaceId}/computes/aks-inference`;

const slot = (weight: number, extra: Partial<SlotArgs> = {}): SlotArgs => ({
  model: `azureml:fraud-model:${weight === 0 ? 4 : 3}`,
  environmentId: "azureml:sklearn-env:2",
  codeConfiguration: { codeId: "azureml:score-code:1", scoringScript: "score.py" },
  weight,
  ...extra,
});

const defaultProbe = {
  initialDelay: "PT10S",
  period: "PT10S",
  timeout: "PT2S",
  failureThreshold: 30,
  successThreshold: 1,
};

function endpoint(name: string, kubernetes = false): AuthenticatedEndpoint {
  return new AuthenticatedEndpoint(name, {
    machineLearningWorkspaceResourceId: workspaceId,
    endpointName: `ep-${name}`,
    computeResourceId: kubernetes ? computeId : undefined,
    diagnosticSettings: diagnostics,
  });
}

describe("BlueGreenDeployment", () => {
  const mocks = mocksPerSpec();

  const traffic = () => mocks.one(DYNAMIC).inputs;

  describe("with defaults on a managed endpoint", () => {
    let ep: AuthenticatedEndpoint;
    let bg: BlueGreenDeployment;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      ep = endpoint("bg");
      bg = new BlueGreenDeployment(
        "bg",
        { endpoint: ep.target, blue: slot(100), green: slot(0), tags: { app: "fraud" } },
        { transformations: [recorder.transformation] },
      );
      await settle();
    });

    it("runs each slot as a private, probed, autoscaled deployment of three instances or more", () => {
      for (const [key, model] of [
        ["blue", "azureml:fraud-model:3"],
        ["green", "azureml:fraud-model:4"],
      ]) {
        const d = mocks.one(`${T}:OnlineDeployment`, `bg-${key}`).inputs;
        assert.deepStrictEqual(
          [d.resourceGroupName, d.workspaceName, d.endpointName, d.deploymentName],
          [rg, "mlw-ailz", "ep-bg", key],
        );
        assert.deepStrictEqual(d.sku, { name: "Default", capacity: 3 });
        assert.deepStrictEqual(d.tags, { app: "fraud" });
        assert.deepStrictEqual(d.properties, {
          endpointComputeType: "Managed",
          model,
          environmentId: "azureml:sklearn-env:2",
          codeConfiguration: { codeId: "azureml:score-code:1", scoringScript: "score.py" },
          instanceType: "Standard_DS3_v2",
          scaleSettings: {
            scaleType: "TargetUtilization",
            minInstances: 3,
            maxInstances: 6,
            targetUtilizationPercentage: 70,
            pollingInterval: "PT1M",
          },
          livenessProbe: defaultProbe,
          readinessProbe: defaultProbe,
          appInsightsEnabled: true,
          egressPublicNetworkAccess: "Disabled",
          dataCollector: {
            collections: {
              model_inputs: { dataCollectionMode: "Enabled", samplingRate: 1 },
              model_outputs: { dataCollectionMode: "Enabled", samplingRate: 1 },
            },
            requestLogging: { captureHeaders: [] },
            rollingRate: "Hour",
          },
        });
      }
    });

    it("writes the traffic as its own resource once both deployments exist", async () => {
      const t = traffic();
      assert.strictEqual(mocks.one(DYNAMIC).name, "bg-traffic");
      const endpointId = `${workspaceId}/onlineEndpoints/ep-bg`;
      assert.deepStrictEqual(
        {
          endpointResourceId: t.endpointResourceId,
          traffic: t.traffic,
          mirrorTraffic: t.mirrorTraffic,
          endpointRevision: t.endpointRevision,
          timeoutSeconds: t.timeoutSeconds,
        },
        {
          endpointResourceId: endpointId,
          traffic: { blue: 100, green: 0 },
          mirrorTraffic: {},
          endpointRevision: await unwrap(ep.revision),
          timeoutSeconds: 1800,
        },
      );
      assert.match(t.__provider, /require\("@azure\/core-rest-pipeline"\)/);
      const dependsOn = recorder.options.get(`${DYNAMIC}::bg-traffic`)?.dependsOn;
      assert.deepStrictEqual(dependsOn, [bg.deployments.blue, bg.deployments.green]);
      assert.deepStrictEqual(bg.deploymentNames, { blue: "blue", green: "green" });
    });

    it("re-applies traffic when the endpoint changes: its revision is an endpoint output", async () => {
      assert.strictEqual(
        await unwrap(ep.revision),
        `${workspaceId}/onlineEndpoints/ep-bg@${SIMULATED_TIME}`,
        "the endpoint's ID plus its last-modified time",
      );
    });

    it("creates deployments after the endpoint and leaves their instance count to autoscale", () => {
      const options = recorder.options.get(`${T}:OnlineDeployment::bg-blue`);
      assert.deepStrictEqual(options?.dependsOn, [ep.target.resource]);
      assert.deepStrictEqual(options?.ignoreChanges, ["sku.capacity"]);
    });
  });

  it("promotes 100/0 -> 90/10 -> 0/100 and rolls back, as config values", async () => {
    const steps: [number, number][] = [
      [100, 0],
      [90, 10],
      [0, 100],
      [100, 0],
    ];
    for (const [blue, green] of steps) {
      mocks.reset();
      new BlueGreenDeployment(`step${blue}`, {
        endpoint: endpoint(`step${blue}`).target,
        blue: slot(blue),
        green: slot(green),
      });
      await settle();
      assert.deepStrictEqual(traffic().traffic, { blue, green });
    }
  });

  it("mirrors to a 0-weight slot on a managed endpoint", async () => {
    new BlueGreenDeployment("mirror", {
      endpoint: endpoint("mirror").target,
      blue: slot(100),
      green: slot(0, { mirror: 20 }),
    });
    await settle();
    assert.deepStrictEqual(
      [traffic().traffic, traffic().mirrorTraffic],
      [{ blue: 100, green: 0 }, { green: 20 }],
    );
  });

  it("serves from a single slot with its own deployment name and sizing", async () => {
    const bg = new BlueGreenDeployment("one", {
      endpoint: endpoint("one").target,
      green: slot(100, {
        deploymentName: "fraud-v4",
        instanceType: "Standard_F4s_v2",
        scale: { minInstances: 3, maxInstances: 10, targetUtilizationPercentage: 60 },
        readinessProbe: { initialDelay: "PT30S" },
        environmentVariables: { LOG_LEVEL: "info" },
      }),
      trafficTimeoutSeconds: 3600,
    });
    await settle();
    const d = mocks.one(`${T}:OnlineDeployment`).inputs;
    assert.strictEqual(d.deploymentName, "fraud-v4");
    assert.deepStrictEqual(d.sku, { name: "Default", capacity: 3 });
    assert.strictEqual(d.properties.instanceType, "Standard_F4s_v2");
    assert.deepStrictEqual(d.properties.scaleSettings, {
      scaleType: "TargetUtilization",
      minInstances: 3,
      maxInstances: 10,
      targetUtilizationPercentage: 60,
      pollingInterval: "PT1M",
    });
    assert.deepStrictEqual(d.properties.readinessProbe, { ...defaultProbe, initialDelay: "PT30S" });
    assert.deepStrictEqual(d.properties.livenessProbe, defaultProbe);
    assert.deepStrictEqual(d.properties.environmentVariables, { LOG_LEVEL: "info" });
    assert.deepStrictEqual(
      [traffic().traffic, traffic().timeoutSeconds],
      [{ "fraud-v4": 100 }, 3600],
    );
    assert.deepStrictEqual(bg.deploymentNames, { green: "fraud-v4" });
  });

  it("runs Kubernetes slots on the cluster's instance type with container resources", async () => {
    new BlueGreenDeployment("k8s", {
      endpoint: endpoint("k8s", true).target,
      blue: slot(100, {
        containerResourceRequirements: {
          containerResourceRequests: { cpu: "1", memory: "2Gi" },
          containerResourceLimits: { cpu: "2", memory: "4Gi" },
        },
      }),
    });
    await settle();
    const p = mocks.one(`${T}:OnlineDeployment`).inputs.properties;
    assert.strictEqual(p.endpointComputeType, "Kubernetes");
    assert.strictEqual(p.instanceType, "defaultinstancetype");
    assert.strictEqual(p.egressPublicNetworkAccess, "Disabled");
    assert.strictEqual(p.appInsightsEnabled, true);
    assert.deepStrictEqual(p.containerResourceRequirements, {
      containerResourceRequests: { cpu: "1", memory: "2Gi" },
      containerResourceLimits: { cpu: "2", memory: "4Gi" },
    });
  });

  it("collects model inputs and outputs on every slot by default, with no headers", async () => {
    new BlueGreenDeployment("dc", {
      endpoint: endpoint("dc").target,
      blue: slot(90),
      green: slot(10),
    });
    await settle();
    const collected = { dataCollectionMode: "Enabled", samplingRate: 1 };
    const deployments = mocks.ofType(`${T}:OnlineDeployment`);
    assert.deepStrictEqual(deployments.map((d) => d.inputs.deploymentName).sort(), [
      "blue",
      "green",
    ]);
    for (const d of deployments) {
      assert.deepStrictEqual(d.inputs.properties.dataCollector, {
        collections: { model_inputs: collected, model_outputs: collected },
        requestLogging: { captureHeaders: [] },
        rollingRate: "Hour",
      });
    }
  });

  it("turns collection off per slot only when asked, keeping the choice visible", async () => {
    new BlueGreenDeployment("dcoff", {
      endpoint: endpoint("dcoff").target,
      blue: slot(100, { dataCollection: { enabled: false } }),
    });
    await settle();
    const collections = mocks.one(`${T}:OnlineDeployment`).inputs.properties.dataCollector
      .collections;
    assert.deepStrictEqual(
      [collections.model_inputs.dataCollectionMode, collections.model_outputs.dataCollectionMode],
      ["Disabled", "Disabled"],
    );
  });

  describe("rejects bad input", () => {
    it("a credential header in a slot's data collection", () =>
      assertInputErrors(
        () =>
          new BlueGreenDeployment("dcbad", {
            endpoint: endpoint("dcbad").target,
            blue: slot(100, { dataCollection: { captureHeaders: ["Authorization"] } }),
          }),
        [
          {
            propertyPath: "blue.dataCollection.captureHeaders[0]",
            reason: '"Authorization" carries credentials and is never collected',
          },
        ],
      ));

    const managed = {
      endpointResourceId: `${workspaceId}/onlineEndpoints/ep-x`,
      endpointName: "ep-x",
      workspaceName: "mlw-ailz",
      resourceGroupName: rg,
      computeType: "Managed" as const,
    };
    const bad = (extra: Partial<BlueGreenDeploymentArgs>) => () =>
      new BlueGreenDeployment("bad", { endpoint: managed, ...extra });

    it("weights that do not sum to 100, and weights that are not whole percentages", () => {
      assertInputErrors(bad({ blue: slot(60), green: slot(30) }), [
        {
          propertyPath: "green.weight",
          reason:
            "the slots' weights sum to 90; they must sum to 100 so that a slot always serves (blue 60, green 30)",
        },
      ]);
      assertInputErrors(bad({ blue: slot(0), green: slot(0) }), [
        { propertyPath: "green.weight", reason: "the slots' weights sum to 0" },
      ]);
      assertInputErrors(bad({ blue: slot(99.5), green: slot(0.5) }), [
        { propertyPath: "blue.weight", reason: "99.5 is not a weight: use a whole percentage" },
        { propertyPath: "green.weight", reason: "0.5 is not a weight" },
      ]);
      assertInputErrors(bad({ blue: slot(50) }), [
        { propertyPath: "blue.weight", reason: "the slots' weights sum to 50" },
      ]);
    });

    it("no slot at all", () =>
      assertInputErrors(bad({}), [
        { propertyPath: "blue", reason: "at least one slot (blue or green) is required" },
      ]));

    it("mirror over 50%, mirror to a slot with live weight, and two mirrors", () => {
      assertInputErrors(bad({ blue: slot(100), green: slot(0, { mirror: 60 }) }), [
        { propertyPath: "green.mirror", reason: "60 is out of range: mirror at most 50%" },
      ]);
      assertInputErrors(bad({ blue: slot(90), green: slot(10, { mirror: 10 }) }), [
        {
          propertyPath: "green.mirror",
          reason:
            "mirrors to a slot with weight 10; mirror traffic must target a slot with 0 live weight",
        },
      ]);
      assertInputErrors(bad({ blue: slot(100, { mirror: 5 }), green: slot(0, { mirror: 5 }) }), [
        { propertyPath: "blue.mirror", reason: "mirrors to a slot with weight 100" },
        { propertyPath: "green.mirror", reason: "only one slot may receive mirror traffic" },
      ]);
    });

    it("mirroring on a Kubernetes endpoint", () =>
      assertInputErrors(
        () =>
          new BlueGreenDeployment("badk8s", {
            endpoint: { ...managed, computeType: "Kubernetes" },
            blue: slot(100),
            green: slot(0, { mirror: 10 }),
          }),
        [
          {
            propertyPath: "green.mirror",
            reason: "mirror traffic is not supported on Kubernetes online endpoints",
          },
        ],
      ));

    it("bad and duplicate deployment names", () =>
      assertInputErrors(
        bad({
          blue: slot(50, { deploymentName: "v_1" }),
          green: slot(50, { deploymentName: "v-2" }),
        }),
        [{ propertyPath: "blue.deploymentName", reason: '"v_1" is not a valid name' }],
      ));

    it("the same deployment name on both slots", () =>
      assertInputErrors(bad({ blue: slot(50, { deploymentName: "green" }), green: slot(50) }), [
        {
          propertyPath: "green.deploymentName",
          reason: '"green" is already the blue slot\'s deployment name',
        },
      ]));

    it("out-of-range scale and malformed durations", () =>
      assertInputErrors(
        bad({
          blue: slot(100, {
            scale: {
              minInstances: 0,
              maxInstances: -1,
              targetUtilizationPercentage: 120,
              pollingInterval: "1 minute",
            },
            livenessProbe: { period: "10s" },
          }),
        }),
        [
          { propertyPath: "blue.scale.minInstances", reason: "0 is not an instance count" },
          {
            propertyPath: "blue.scale.maxInstances",
            reason: "-1 must be a whole number no smaller",
          },
          {
            propertyPath: "blue.scale.targetUtilizationPercentage",
            reason: "120 is not a percentage from 1 to 100",
          },
          {
            propertyPath: "blue.scale.pollingInterval",
            reason: '"1 minute" is not an ISO 8601 duration',
          },
          {
            propertyPath: "blue.livenessProbe.period",
            reason: '"10s" is not an ISO 8601 duration',
          },
        ],
      ));

    it("container resources on a managed endpoint (conflicting arguments)", () =>
      assertInputErrors(
        bad({
          blue: slot(100, {
            containerResourceRequirements: { containerResourceRequests: { cpu: "1" } },
          }),
        }),
        [
          {
            propertyPath: "blue.containerResourceRequirements",
            reason: "applies to Kubernetes endpoints only",
          },
        ],
      ));

    it("no endpoint, an unknown compute type and bad tags", () => {
      assertInputErrors(
        () => new BlueGreenDeployment("noep", { blue: slot(100) } as never),
        [{ propertyPath: "endpoint", reason: "is required: pass AuthenticatedEndpoint.target" }],
      );
      assertInputErrors(
        () =>
          new BlueGreenDeployment("badtype", {
            endpoint: { ...managed, computeType: "Serverless" as never },
            blue: slot(100),
            tags: { "a/b": "x" },
          }),
        [
          { propertyPath: "endpoint.computeType", reason: '"Serverless" is not a compute type' },
          { propertyPath: "tags", reason: 'tag name "a/b" is not allowed' },
        ],
      );
    });

    it("a wrong endpoint resource-ID type, a mismatched name, timeout and ARM endpoint", () =>
      assertInputErrors(
        () =>
          new BlueGreenDeployment("badep", {
            endpoint: { ...managed, endpointResourceId: workspaceId },
            blue: slot(100),
            trafficTimeoutSeconds: 5,
            armEndpoint: "http://management.azure.com",
          }),
        [
          {
            propertyPath: "endpoint.endpointResourceId",
            reason: "expected a Microsoft.MachineLearningServices/workspaces/onlineEndpoints ID",
          },
          {
            propertyPath: "endpoint.endpointName",
            reason: '"ep-x" is not the endpoint in endpointResourceId',
          },
          { propertyPath: "trafficTimeoutSeconds", reason: "5 is out of range" },
          {
            propertyPath: "armEndpoint",
            reason: "is not a Resource Manager endpoint such as https://management.azure.com",
          },
        ],
      ));
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the endpoint's wrapped properties, the deployments and the traffic split", async () => {
      const ep = new AuthenticatedEndpoint("pv", {
        machineLearningWorkspaceResourceId: workspaceId,
        computeResourceId: computeId,
        diagnosticSettings: diagnostics,
      });
      new BlueGreenDeployment("pv", {
        endpoint: ep.target,
        blue: slot(90),
        green: slot(10),
      });
      await settle();
      const e = preview.one(`${T}:OnlineEndpoint`).inputs;
      assert.deepStrictEqual(e.properties, {
        authMode: "AMLToken",
        publicNetworkAccess: "Disabled",
        compute: computeId,
      });
      assert.match(e.endpointName, /^ep-pv-[0-9a-f]{6}$/);
      const d = preview.one(`${T}:OnlineDeployment`, "pv-green").inputs;
      assert.strictEqual(d.properties.endpointComputeType, "Kubernetes");
      assert.strictEqual(d.endpointName, e.endpointName);
      const t = preview.one(DYNAMIC).inputs;
      assert.deepStrictEqual(t.traffic, { blue: 90, green: 10 });
      assert.strictEqual(t.endpointResourceId, `${workspaceId}/onlineEndpoints/${e.endpointName}`);
      const diag = preview.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.strictEqual(diag.resourceUri, t.endpointResourceId);
    });
  });
});
