import * as assert from "assert";
import { PrivateCosmosDb, PrivateCosmosDbArgs } from "../../../components/genai";
import { assertInputErrors } from "../../helpers/inputErrors";
import {
  diagnostics,
  group,
  hubZone,
  ids,
  privateEndpointWithZones,
  rg,
} from "../../helpers/fixtures";
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

const zone = "privatelink.documents.azure.com";
const cmk = {
  keyVaultResourceId: ids.vault,
  keyName: "cmk-cosmos",
  userAssignedIdentityResourceId: ids.identity,
};
const args = (extra: Partial<PrivateCosmosDbArgs> = {}): PrivateCosmosDbArgs => ({
  resourceGroupName: rg,
  location: "westeurope",
  customerManagedKey: cmk,
  privateEndpoint: privateEndpointWithZones(zone),
  diagnosticSettings: diagnostics,
  ...extra,
});
const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";

/** The inputs the pack judges, in one object. */
function secureInputs(a: Record<string, any>) {
  return {
    disableLocalAuth: a.disableLocalAuth,
    disableKeyBasedMetadataWriteAccess: a.disableKeyBasedMetadataWriteAccess,
    publicNetworkAccess: a.publicNetworkAccess,
    ipRules: a.ipRules,
    isVirtualNetworkFilterEnabled: a.isVirtualNetworkFilterEnabled,
    networkAclBypass: a.networkAclBypass,
    minimalTlsVersion: a.minimalTlsVersion,
    backupPolicy: a.backupPolicy,
    keyVaultKeyUri: a.keyVaultKeyUri,
    defaultIdentity: a.defaultIdentity,
    identity: a.identity,
    locations: a.locations,
  };
}

const secureDefaults = {
  disableLocalAuth: true,
  disableKeyBasedMetadataWriteAccess: true,
  publicNetworkAccess: "Disabled",
  ipRules: [],
  isVirtualNetworkFilterEnabled: false,
  networkAclBypass: "None",
  minimalTlsVersion: "Tls12",
  backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } },
  keyVaultKeyUri: "https://kv-ailz.vault.azure.net/keys/cmk-cosmos",
  defaultIdentity: `UserAssignedIdentity=${ids.identity}`,
  identity: { type: "UserAssigned", userAssignedIdentities: [ids.identity] },
  locations: [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true }],
};

describe("PrivateCosmosDb", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let cosmos: PrivateCosmosDb;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      cosmos = new PrivateCosmosDb("agents", args(), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("is Entra-only, private, CMK-encrypted, continuously backed up, zone redundant, TLS 1.2", () => {
      const a = mocks.one(ACCOUNT).inputs;
      assert.match(a.accountName, /^cosmos-agents-[0-9a-f]{8}$/);
      assert.deepStrictEqual(secureInputs(a), secureDefaults);
      assert.deepStrictEqual(
        [a.kind, a.databaseAccountOfferType, a.enableAutomaticFailover],
        ["GlobalDocumentDB", "Standard", false],
      );
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected(ACCOUNT, "agents-cosmos"), true);
    });

    it("has a private endpoint in the Sql group with its zone, and diagnostics", async () => {
      const id = await unwrap(cosmos.resourceId);
      assert.strictEqual(
        id,
        `${group}/providers/Microsoft.DocumentDB/databaseAccounts/${await unwrap(cosmos.name)}`,
      );
      const pe = mocks.one("azure-native:network:PrivateEndpoint");
      assert.deepStrictEqual(
        pe.inputs.privateLinkServiceConnections.map((c: any) => [
          c.privateLinkServiceId,
          c.groupIds,
        ]),
        [[id, ["Sql"]]],
      );
      assert.deepStrictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs,
        [{ name: "privatelink-documents-azure-com", privateDnsZoneId: hubZone(zone) }],
      );
      assert.strictEqual(
        mocks.one("azure-native:monitor:DiagnosticSetting").inputs.resourceUri,
        id,
      );
    });
  });

  it("fails over to read regions, each zone redundant", async () => {
    new PrivateCosmosDb("geo", args({ failoverLocations: ["northeurope"] }));
    await settle();
    const a = mocks.one(ACCOUNT).inputs;
    assert.deepStrictEqual(a.locations, [
      { locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true },
      { locationName: "northeurope", failoverPriority: 1, isZoneRedundant: true },
    ]);
    assert.strictEqual(a.enableAutomaticFailover, true);
  });

  it("opts out explicitly, one setting each, keeping the rest secure", async () => {
    const recorder = new OptionsRecorder();
    new PrivateCosmosDb(
      "open",
      args({
        disableLocalAuth: false,
        disableKeyBasedMetadataWriteAccess: false,
        publicNetworkAccess: "Enabled",
        allowedIpRanges: ["203.0.113.0/24"],
        zoneRedundant: false,
        continuousBackupTier: "Continuous7Days",
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    assert.deepStrictEqual(secureInputs(mocks.one(ACCOUNT).inputs), {
      ...secureDefaults,
      disableLocalAuth: false,
      disableKeyBasedMetadataWriteAccess: false,
      publicNetworkAccess: "Enabled",
      ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }],
      backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous7Days" } },
      locations: [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: false }],
    });
    assert.strictEqual(recorder.protected(ACCOUNT, "open-cosmos"), false);
  });

  it("rejects bad input, naming each property", () =>
    assertInputErrors(
      () =>
        new PrivateCosmosDb(
          "bad",
          args({
            accountName: "Cosmos_Bad",
            location: "West Europe",
            failoverLocations: ["northeurope", "northeurope"],
            continuousBackupTier: "Periodic" as never,
            customerManagedKey: { ...cmk, keyVersion: "abc123", keyVaultResourceId: ids.identity },
            privateEndpoint: privateEndpointWithZones("privatelink.blob.core.windows.net"),
          }),
        ),
      [
        { propertyPath: "accountName", reason: '"Cosmos_Bad" is not a valid name: use 3-44' },
        { propertyPath: "location", reason: '"West Europe" is not a region name' },
        { propertyPath: "failoverLocations[1]", reason: '"northeurope" is listed twice' },
        {
          propertyPath: "continuousBackupTier",
          reason: '"Periodic" is not allowed: use Continuous7Days or Continuous30Days',
        },
        {
          propertyPath: "customerManagedKey.keyVaultResourceId",
          reason: "expected a Microsoft.KeyVault/vaults ID",
        },
        {
          propertyPath: "customerManagedKey.keyVersion",
          reason: "is not allowed: Cosmos DB takes a versionless key URI",
        },
        {
          propertyPath:
            'privateEndpoint.privateDnsZoneResourceIds["privatelink.documents.azure.com"]',
          reason: "is required for the Sql private endpoint",
        },
      ],
    ));

  it("requires a customer-managed key", () =>
    assertInputErrors(
      () => new PrivateCosmosDb("nokey", args({ customerManagedKey: undefined as never })),
      [{ propertyPath: "customerManagedKey", reason: "is required" }],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows every input the pack judges, with a key created in the same run", async () => {
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("pvkey", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
        userAssignedIdentityResourceId: ids.identity,
        userAssignedIdentityPrincipalId: "9a1b2c3d-0000-4000-8000-000000000001",
      });
      const cosmos = new PrivateCosmosDb(
        "pv",
        args({ customerManagedKey: key.customerManagedKey }),
      );
      await settle();
      assert.deepStrictEqual(secureInputs(preview.one(ACCOUNT).inputs), {
        ...secureDefaults,
        keyVaultKeyUri: "https://kv-ailz.vault.azure.net/keys/cmk-pvkey",
      });
      assert.strictEqual(await isKnown(cosmos.resourceId), true);
    });
  });
});
