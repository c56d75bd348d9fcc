import * as assert from "assert";
import { PrivateContainerRegistry, PrivateContainerRegistryArgs } from "../../../components/ml";
import { assertInputErrors } from "../../helpers/inputErrors";
import {
  diagnostics,
  group,
  hubZone,
  ids,
  privateEndpointWithZones,
  rg,
} from "../../helpers/fixtures";
import { OptionsRecorder, RecorderMocks, settle, unwrap } from "../../helpers/mocks";
import { unknownPaths, useMlMocks } from "./mlMocks";

const clientId = "0b7c3f52-1111-4a2b-8c3d-9e8f7a6b5c4d";
const cmk = {
  keyVaultResourceId: ids.vault,
  keyName: "cmk-data",
  userAssignedIdentityResourceId: ids.identity,
  userAssignedIdentityClientId: clientId,
};
const args = (extra: Partial<PrivateContainerRegistryArgs> = {}): PrivateContainerRegistryArgs => ({
  resourceGroupName: rg,
  customerManagedKey: cmk,
  privateEndpoint: privateEndpointWithZones("privatelink.azurecr.io"),
  diagnosticSettings: diagnostics,
  ...extra,
});
const REGISTRY = "azure-native:containerregistry:Registry";

describe("PrivateContainerRegistry", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMlMocks();
  });
  beforeEach(() => mocks.reset());

  describe("with defaults", () => {
    let registry: PrivateContainerRegistry;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      registry = new PrivateContainerRegistry("reg", args({ tags: { costCenter: "cc-7" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("is a private Premium registry with dedicated data endpoints, without admin user, anonymous pull or export", () => {
      const i = mocks.one(REGISTRY).inputs;
      assert.match(i.registryName, /^crreg[0-9a-f]{8}$/);
      assert.deepStrictEqual(
        {
          sku: i.sku,
          adminUserEnabled: i.adminUserEnabled,
          anonymousPullEnabled: i.anonymousPullEnabled,
          dataEndpointEnabled: i.dataEndpointEnabled,
          publicNetworkAccess: i.publicNetworkAccess,
          networkRuleBypassOptions: i.networkRuleBypassOptions,
          networkRuleSet: i.networkRuleSet,
          zoneRedundancy: i.zoneRedundancy,
          tags: i.tags,
        },
        {
          sku: { name: "Premium" },
          adminUserEnabled: false,
          anonymousPullEnabled: false,
          dataEndpointEnabled: true,
          publicNetworkAccess: "Disabled",
          networkRuleBypassOptions: "AzureServices",
          networkRuleSet: { defaultAction: "Deny", ipRules: [] },
          zoneRedundancy: "Enabled",
          tags: { costCenter: "cc-7" },
        },
      );
    });

    it("disables export and keeps untagged manifests 7 days, with soft delete off", () => {
      assert.deepStrictEqual(mocks.one(REGISTRY).inputs.policies, {
        exportPolicy: { status: "disabled" },
        retentionPolicy: { status: "enabled", days: 7 },
        // azure-native fills in the unused day counts.
        softDeletePolicy: { status: "disabled", retentionDays: 7 },
      });
    });

    it("encrypts with the versionless customer-managed key through the user-assigned identity", () => {
      const i = mocks.one(REGISTRY).inputs;
      assert.deepStrictEqual(i.identity, {
        type: "UserAssigned",
        userAssignedIdentities: { [ids.identity]: {} },
      });
      assert.deepStrictEqual(i.encryption, {
        status: "enabled",
        keyVaultProperties: {
          keyIdentifier: "https://kv-ailz.vault.azure.net/keys/cmk-data",
          identity: clientId,
        },
      });
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected(REGISTRY, "reg-registry"), true);
    });

    it("has a registry private endpoint with the azurecr.io zone, and sends logs and metrics", async () => {
      const id = await unwrap(registry.resourceId);
      const name = await unwrap(registry.name);
      assert.strictEqual(id, `${group}/providers/Microsoft.ContainerRegistry/registries/${name}`);
      assert.strictEqual(await unwrap(registry.loginServer), `${name}.azurecr.io`);
      const pe = mocks.one("azure-native:network:PrivateEndpoint").inputs;
      assert.deepStrictEqual(
        [
          pe.subnet.id,
          pe.privateLinkServiceConnections[0].privateLinkServiceId,
          pe.privateLinkServiceConnections[0].groupIds,
        ],
        [ids.subnet, id, ["registry"]],
      );
      assert.deepStrictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs,
        [{ name: "privatelink-azurecr-io", privateDnsZoneId: hubZone("privatelink.azurecr.io") }],
      );
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.deepStrictEqual(
        [diag.resourceUri, diag.workspaceId, diag.logs, diag.metrics],
        [
          id,
          ids.workspace,
          [{ categoryGroup: "allLogs", enabled: true }],
          [{ category: "AllMetrics", enabled: true }],
        ],
      );
    });
  });

  it("turns on soft delete instead of retention when asked", async () => {
    new PrivateContainerRegistry("sd", args({ softDeleteRetentionInDays: 14 }));
    await settle();
    assert.deepStrictEqual(mocks.one(REGISTRY).inputs.policies, {
      exportPolicy: { status: "disabled" },
      retentionPolicy: { status: "disabled", days: 7 },
      softDeletePolicy: { status: "enabled", retentionDays: 14 },
    });
  });

  it("opts out explicitly: no zone redundancy, no trusted-service bypass, no protection", async () => {
    const recorder = new OptionsRecorder();
    new PrivateContainerRegistry(
      "open",
      args({
        registryName: "crfixed01",
        zoneRedundancy: "Disabled",
        networkRuleBypassOptions: "None",
        retentionDays: 30,
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const i = mocks.one(REGISTRY).inputs;
    assert.deepStrictEqual(
      [i.registryName, i.zoneRedundancy, i.networkRuleBypassOptions, i.policies.retentionPolicy],
      ["crfixed01", "Disabled", "None", { status: "enabled", days: 30 }],
    );
    assert.strictEqual(i.publicNetworkAccess, "Disabled");
    assert.strictEqual(recorder.protected(REGISTRY, "open-registry"), false);
  });

  describe("rejects bad input", () => {
    it("a bad name, out-of-range days and both retention and soft delete (conflicting arguments)", () =>
      assertInputErrors(
        () =>
          new PrivateContainerRegistry(
            "b1",
            args({ registryName: "cr-bad", retentionDays: 400, softDeleteRetentionInDays: 0 }),
          ),
        [
          {
            propertyPath: "registryName",
            reason: '"cr-bad" is not a valid name: use 5-50 letters or digits',
          },
          { propertyPath: "retentionDays", reason: "400 is out of range" },
          { propertyPath: "softDeleteRetentionInDays", reason: "0 is out of range" },
          { propertyPath: "softDeleteRetentionInDays", reason: "conflicts with retentionDays" },
        ],
      ));

    it("wrong resource-ID types in the key, a key without client ID and unknown options", () =>
      assertInputErrors(
        () =>
          new PrivateContainerRegistry(
            "b2",
            args({
              customerManagedKey: {
                keyVaultResourceId: ids.identity,
                keyName: "k",
                userAssignedIdentityResourceId: ids.vault,
              },
              zoneRedundancy: "Maybe" as never,
              networkRuleBypassOptions: "All" as never,
            }),
          ),
        [
          {
            propertyPath: "customerManagedKey.keyVaultResourceId",
            reason: "expected a Microsoft.KeyVault/vaults ID",
          },
          {
            propertyPath: "customerManagedKey.userAssignedIdentityResourceId",
            reason: "expected a Microsoft.ManagedIdentity/userAssignedIdentities ID",
          },
          {
            propertyPath: "customerManagedKey.userAssignedIdentityClientId",
            reason: "is required",
          },
          { propertyPath: "zoneRedundancy", reason: '"Maybe" is not allowed' },
          { propertyPath: "networkRuleBypassOptions", reason: '"All" is not allowed' },
        ],
      ));

    it("a missing key and a missing registry zone", () =>
      assertInputErrors(
        () =>
          new PrivateContainerRegistry("b3", {
            ...args({
              privateEndpoint: privateEndpointWithZones("privatelink.blob.core.windows.net"),
            }),
            customerManagedKey: undefined as never,
          }),
        [
          { propertyPath: "customerManagedKey", reason: "is required" },
          {
            propertyPath: 'privateEndpoint.privateDnsZoneResourceIds["privatelink.azurecr.io"]',
            reason: "is required for the registry private endpoint",
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

    it("knows the network rules, policies, identity and key identifier, even with a key created in the same run", async () => {
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("pvkey", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
      });
      new PrivateContainerRegistry("pv", args({ customerManagedKey: key.customerManagedKey }));
      await settle();
      const i = preview.one(REGISTRY).inputs;
      assert.deepStrictEqual(
        unknownPaths({ n: i.networkRuleSet, p: i.policies, id: i.identity }),
        [],
      );
      assert.deepStrictEqual(i.identity.userAssignedIdentities, {
        [`${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pvkey`]: {},
      });
      assert.strictEqual(
        i.encryption.keyVaultProperties.keyIdentifier,
        "https://kv-ailz.vault.azure.net/keys/cmk-pvkey",
      );
      assert.strictEqual(i.encryption.status, "enabled");
      // The registry addresses the identity by client ID, which a new identity gets only when it exists.
      assert.deepStrictEqual(unknownPaths(i.encryption), ["keyVaultProperties.identity"]);
    });
  });
});
