import * as assert from "assert";
import { AiLandingZone, AiLandingZoneArgs } from "../../../components";
import { hub, rg } from "../../helpers/fixtures";
import { assertInputErrors } from "../../helpers/inputErrors";
import { mocksPerSpec, settle } from "../../helpers/mocks";

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

const routeTable = `${hub}/providers/Microsoft.Network/routeTables/rt-spoke`;

describe("AiLandingZone validates every child's arguments before building any", () => {
  const mocks = mocksPerSpec();

  /** Builds the zone, which must throw, and returns what was registered meanwhile. */
  async function registeredBy(build: () => unknown): Promise<string[]> {
    assert.throws(build);
    await settle();
    return mocks.resources.map((r) => `${r.type} ${r.name}`);
  }

  it("reports the zone's and every child's problems in one error, at the zone's paths", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            budgetAmount: -1,
            network: { subnets: { training: "10.43.0.0/24" } },
            keyVault: { softDeleteRetentionInDays: 120 },
            encryptionKey: { rotateAfter: "yearly" },
            storage: { accountName: "Bad_Name" },
            workspace: { workspaceName: "w" },
            trainingCluster: { vmSize: "big" },
            slots: { blue: slot(150, 1), green: slot(10, 2) },
          }),
        ),
      [
        { propertyPath: "budgetAmount", reason: "above 0" },
        {
          propertyPath: "network.subnets.training",
          reason: "outside the address space 10.42.0.0/16",
        },
        { propertyPath: "keyVault.softDeleteRetentionInDays", reason: "120 is out of range" },
        {
          propertyPath: "encryptionKey.rotateAfter",
          reason: '"yearly" is not an ISO 8601 duration',
        },
        { propertyPath: "storage.accountName", reason: '"Bad_Name" is not a valid name' },
        { propertyPath: "workspace.workspaceName", reason: '"w" is not a valid name' },
        { propertyPath: "trainingCluster.vmSize", reason: '"big" is not in the allowed VM sizes' },
        { propertyPath: "slots.blue.weight", reason: "150 is not a weight" },
      ],
    );
  });

  it("reports the optional children's problems under their overrides, and a slot's data collection under dataCollection", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            enableInferenceCluster: true,
            inferenceCluster: { routeTableResourceId: routeTable, clusterName: "-aks" },
            enableOpenAi: true,
            openAi: { kind: "Speech" as never },
            endpoint: { endpointName: "1-endpoint" },
            blueGreen: { trafficTimeoutSeconds: 5 },
            dataCollection: { samplingRate: 2 },
            modelMonitor: {
              taskType: "Classification",
              baselineDataUri: "azureml:credit-training:3",
              emails: ["nobody"],
            },
          }),
        ),
      [
        { propertyPath: "inferenceCluster.clusterName", reason: '"-aks" is not a valid name' },
        { propertyPath: "inferenceCluster.inferenceRouterTls", reason: "is required" },
        {
          propertyPath: "openAi.kind",
          reason: '"Speech" is not allowed: use OpenAI or AIServices',
        },
        { propertyPath: "endpoint.endpointName", reason: '"1-endpoint" is not a valid name' },
        { propertyPath: "blueGreen.trafficTimeoutSeconds", reason: "5 is out of range" },
        // Both slots inherit it; it is reported once, where it was set.
        { propertyPath: "dataCollection.samplingRate", reason: "2 is out of range" },
        { propertyPath: "modelMonitor.baselineTargetColumn", reason: "is required" },
        // One monitor per slot; the shared argument is reported once.
        { propertyPath: "modelMonitor.emails[0]", reason: '"nobody" is not an e-mail address' },
      ],
    );
  });

  it("registers no child when any argument is wrong", async () => {
    const registered = await registeredBy(
      // The last child built (the slots) is the one that is wrong.
      () => new AiLandingZone("lz", args({ slots: { blue: slot(150, 1), green: slot(10, 2) } })),
    );
    assert.deepStrictEqual(registered, ["ailz:index:AiLandingZone lz"]);
  });
});
