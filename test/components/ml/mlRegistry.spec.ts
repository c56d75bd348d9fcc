import * as assert from "assert";
import { PrivateMlRegistry, PrivateMlRegistryArgs } from "../../../components/ml";
import { assertInputErrors } from "../../helpers/inputErrors";
import {
  diagnostics,
  group,
  hubZone,
  ids,
  privateEndpointWithZones,
  rg,
} from "../../helpers/fixtures";
import { isKnown, OptionsRecorder, RecorderMocks, settle, unwrap } from "../../helpers/mocks";
import { unknownPaths, useMlMocks } from "./mlMocks";

const zones = ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"];
const args = (extra: Partial<PrivateMlRegistryArgs> = {}): PrivateMlRegistryArgs => ({
  resourceGroupName: rg,
  location: "westeurope",
  privateEndpoint: privateEndpointWithZones(...zones),
  diagnosticSettings: diagnostics,
  ...extra,
});
const REGISTRY = "azure-native:machinelearningservices:Registry";
const ROLE = "azure-native:authorization:RoleAssignment";
const regionIn = (location: string, storageAccountType = "Standard_ZRS") => ({
  location,
  storageAccountDetails: [
    {
      systemCreatedStorageAccount: {
        storageAccountType,
        storageAccountHnsEnabled: false,
        allowBlobPublicAccess: false,
      },
    },
  ],
  acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: "Premium" } }],
});

describe("PrivateMlRegistry", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMlMocks();
  });
  beforeEach(() => mocks.reset());

  describe("with defaults and two regions", () => {
    let registry: PrivateMlRegistry;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      registry = new PrivateMlRegistry(
        "models",
        args({
          replicaLocations: ["northeurope"],
          publishers: [{ key: "dev-workspace", principalId: "p-dev" }],
          readers: [{ key: "prod-workspace", principalId: "p-prod" }],
        }),
        { transformations: [recorder.transformation] },
      );
      await settle();
    });

    it("is private, with zone-redundant storage and a Premium registry in every region", () => {
      const i = mocks.one(REGISTRY).inputs;
      assert.match(i.registryName, /^mlr-models-[0-9a-f]{8}$/);
      assert.deepStrictEqual(
        {
          location: i.location,
          publicNetworkAccess: i.publicNetworkAccess,
          identity: i.identity,
          regionDetails: i.regionDetails,
        },
        {
          location: "westeurope",
          publicNetworkAccess: "Disabled",
          identity: { type: "SystemAssigned" },
          regionDetails: [regionIn("westeurope"), regionIn("northeurope")],
        },
      );
      assert.deepStrictEqual(registry.locations, ["westeurope", "northeurope"]);
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected(REGISTRY, "models-registry"), true);
    });

    it("has an amlregistry private endpoint with both Azure ML zones, and logs asset reads and writes without metrics", async () => {
      const id = await unwrap(registry.resourceId);
      const name = await unwrap(registry.name);
      assert.strictEqual(
        id,
        `${group}/providers/Microsoft.MachineLearningServices/registries/${name}`,
      );
      const pe = mocks.one("azure-native:network:PrivateEndpoint").inputs;
      assert.deepStrictEqual(
        [
          pe.subnet.id,
          pe.privateLinkServiceConnections[0].privateLinkServiceId,
          pe.privateLinkServiceConnections[0].groupIds,
        ],
        [ids.subnet, id, ["amlregistry"]],
      );
      assert.deepStrictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs,
        [
          { name: "privatelink-api-azureml-ms", privateDnsZoneId: hubZone(zones[0]) },
          { name: "privatelink-notebooks-azure-net", privateDnsZoneId: hubZone(zones[1]) },
        ],
      );
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.deepStrictEqual(
        [diag.resourceUri, diag.workspaceId, diag.logs, diag.metrics],
        [id, ids.workspace, [{ categoryGroup: "allLogs", enabled: true }], []],
      );
    });

    it("gives publishers AzureML Registry User and readers Reader, on the registry only", async () => {
      const id = await unwrap(registry.resourceId);
      const roles = mocks.ofType(ROLE).map((r) => r.inputs);
      assert.strictEqual(roles.length, 2);
      assert.deepStrictEqual(
        roles.map((r) => [r.scope, r.principalId, r.principalType, r.roleDefinitionId]).sort(),
        [
          [
            id,
            "p-dev",
            "ServicePrincipal",
            "/providers/Microsoft.Authorization/roleDefinitions/1823dd4f-9b8c-4ab6-ab4e-7397a3684615",
          ],
          [
            id,
            "p-prod",
            "ServicePrincipal",
            "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7",
          ],
        ],
      );
    });
  });

  it("opts out explicitly: public access, locally redundant storage, a fixed name, no protection", async () => {
    const recorder = new OptionsRecorder();
    new PrivateMlRegistry(
      "open",
      args({
        registryName: "mlr-shared",
        publicNetworkAccess: "Enabled",
        storageAccountType: "Standard_LRS",
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const i = mocks.one(REGISTRY).inputs;
    assert.deepStrictEqual(
      [i.registryName, i.publicNetworkAccess, i.regionDetails],
      ["mlr-shared", "Enabled", [regionIn("westeurope", "Standard_LRS")]],
    );
    assert.strictEqual(recorder.protected(REGISTRY, "open-registry"), false);
    assert.strictEqual(mocks.ofType(ROLE).length, 0);
  });

  describe("rejects bad input", () => {
    it("a bad name, region, repeated region, storage type, access value and keys", () =>
      assertInputErrors(
        () =>
          new PrivateMlRegistry(
            "b1",
            args({
              registryName: "-x",
              location: "West Europe",
              replicaLocations: ["northeurope", "northeurope"],
              storageAccountType: "Standard_ZZZ" as never,
              publicNetworkAccess: "Open" as never,
              publishers: [{ key: "dev", principalId: "p1" }],
              readers: [
                { key: "dev", principalId: "p1" },
                { key: "a b", principalId: "p2" },
              ],
            }),
          ),
        [
          { propertyPath: "registryName", reason: '"-x" is not a valid name: use 3-33' },
          { propertyPath: "location", reason: '"West Europe" is not a region name' },
          { propertyPath: "replicaLocations", reason: "repeats a region" },
          { propertyPath: "storageAccountType", reason: '"Standard_ZZZ" is not allowed' },
          { propertyPath: "publicNetworkAccess", reason: '"Open" is not allowed' },
          { propertyPath: "readers", reason: "repeats a key" },
          { propertyPath: "readers[1].key", reason: '"a b" is not a key' },
        ],
      ));

    it("a missing registry zone", () =>
      assertInputErrors(
        () =>
          new PrivateMlRegistry(
            "b2",
            args({ privateEndpoint: privateEndpointWithZones("privatelink.api.azureml.ms") }),
          ),
        [
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.notebooks.azure.net"]',
            reason: "is required for the amlregistry private endpoint",
          },
        ],
      ));
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMlMocks(true);
    });
    after(async () => {
      mocks = await useMlMocks();
    });

    it("knows the access setting, the regions and its own ID", async () => {
      const registry = new PrivateMlRegistry("pv", args({ replicaLocations: ["swedencentral"] }));
      await settle();
      const i = preview.one(REGISTRY).inputs;
      assert.deepStrictEqual(unknownPaths({ r: i.regionDetails }), []);
      assert.strictEqual(i.publicNetworkAccess, "Disabled");
      assert.strictEqual(await isKnown(registry.resourceId), true);
    });
  });
});
