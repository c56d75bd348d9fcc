import * as assert from "assert";
import { CmkStorageAccount, CmkStorageAccountArgs } from "../../../components/storage";
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

const cmk = {
  keyVaultResourceId: ids.vault,
  keyName: "cmk-data",
  userAssignedIdentityResourceId: ids.identity,
};
const zones = ["privatelink.blob.core.windows.net", "privatelink.file.core.windows.net"];
const args = (extra: Partial<CmkStorageAccountArgs> = {}): CmkStorageAccountArgs => ({
  resourceGroupName: rg,
  customerManagedKey: cmk,
  privateEndpoint: privateEndpointWithZones(...zones),
  diagnosticSettings: diagnostics,
  ...extra,
});
const T = "azure-native:storage";

describe("CmkStorageAccount", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let account: CmkStorageAccount;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      account = new CmkStorageAccount("data", args({ tags: { costCenter: "cc-7" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("encrypts with the customer-managed key through the user-assigned identity, plus infrastructure encryption", () => {
      const sa = mocks.one(`${T}:StorageAccount`);
      assert.deepStrictEqual(sa.inputs.identity, {
        type: "UserAssigned",
        userAssignedIdentities: [ids.identity],
      });
      assert.deepStrictEqual(sa.inputs.encryption, {
        keySource: "Microsoft.Keyvault",
        keyVaultProperties: {
          keyName: "cmk-data",
          keyVaultUri: "https://kv-ailz.vault.azure.net/",
        },
        encryptionIdentity: { encryptionUserAssignedIdentity: ids.identity },
        requireInfrastructureEncryption: true,
        services: {
          blob: { enabled: true, keyType: "Account" },
          file: { enabled: true, keyType: "Account" },
          queue: { enabled: true, keyType: "Account" },
          table: { enabled: true, keyType: "Account" },
        },
      });
    });

    it("allows only Entra ID over HTTPS/TLS 1.2, privately, with nothing anonymous or cross-tenant", () => {
      const i = mocks.one(`${T}:StorageAccount`).inputs;
      assert.match(i.accountName, /^stdata[0-9a-f]{6}$/);
      assert.deepStrictEqual(
        {
          kind: i.kind,
          sku: i.sku,
          allowSharedKeyAccess: i.allowSharedKeyAccess,
          defaultToOAuthAuthentication: i.defaultToOAuthAuthentication,
          enableHttpsTrafficOnly: i.enableHttpsTrafficOnly,
          minimumTlsVersion: i.minimumTlsVersion,
          allowBlobPublicAccess: i.allowBlobPublicAccess,
          allowCrossTenantReplication: i.allowCrossTenantReplication,
          isLocalUserEnabled: i.isLocalUserEnabled,
          isSftpEnabled: i.isSftpEnabled,
          publicNetworkAccess: i.publicNetworkAccess,
          networkRuleSet: i.networkRuleSet,
          tags: i.tags,
        },
        {
          kind: "StorageV2",
          sku: { name: "Standard_ZRS" },
          allowSharedKeyAccess: false,
          defaultToOAuthAuthentication: true,
          enableHttpsTrafficOnly: true,
          minimumTlsVersion: "TLS1_2",
          allowBlobPublicAccess: false,
          allowCrossTenantReplication: false,
          isLocalUserEnabled: false,
          isSftpEnabled: false,
          publicNetworkAccess: "Disabled",
          networkRuleSet: {
            defaultAction: "Deny",
            bypass: "AzureServices",
            ipRules: [],
            virtualNetworkRules: [],
          },
          tags: { costCenter: "cc-7" },
        },
      );
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected(`${T}:StorageAccount`, "data-account"), true);
    });

    it("keeps deleted blobs, versions, containers and shares for 30 days", () => {
      const blob = mocks.one(`${T}:BlobServiceProperties`).inputs;
      assert.deepStrictEqual(
        [
          blob.blobServicesName,
          blob.deleteRetentionPolicy,
          blob.containerDeleteRetentionPolicy,
          blob.isVersioningEnabled,
        ],
        ["default", { enabled: true, days: 30 }, { enabled: true, days: 30 }, true],
      );
      const file = mocks.one(`${T}:FileServiceProperties`).inputs;
      assert.deepStrictEqual(file.shareDeleteRetentionPolicy, { enabled: true, days: 30 });
    });

    it("has blob and file private endpoints with their zones", async () => {
      const accountId = await unwrap(account.resourceId);
      const endpoints = mocks.ofType("azure-native:network:PrivateEndpoint");
      assert.deepStrictEqual(
        endpoints.map((pe) => [
          pe.name,
          pe.inputs.subnet.id,
          pe.inputs.privateLinkServiceConnections[0].privateLinkServiceId,
          pe.inputs.privateLinkServiceConnections[0].groupIds,
        ]),
        [
          ["data-pep-blob", ids.subnet, accountId, ["blob"]],
          ["data-pep-file", ids.subnet, accountId, ["file"]],
        ],
      );
      assert.deepStrictEqual(
        mocks
          .ofType("azure-native:network:PrivateDnsZoneGroup")
          .map((g) => g.inputs.privateDnsZoneConfigs[0].privateDnsZoneId),
        zones.map(hubZone),
      );
      assert.deepStrictEqual(
        account.privateEndpoints.map((pe) => pe.groupId),
        ["blob", "file"],
      );
    });

    it("sends metrics from the account and logs from the blob, file, queue and table services", async () => {
      const accountId = await unwrap(account.resourceId);
      const diags = mocks.ofType("azure-native:monitor:DiagnosticSetting");
      assert.deepStrictEqual(
        diags
          .map((d) => [d.inputs.resourceUri, d.inputs.workspaceId, d.inputs.logs, d.inputs.metrics])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        [
          [accountId, ids.workspace, [], [{ category: "AllMetrics", enabled: true }]],
          [
            `${accountId}/blobServices/default`,
            ids.workspace,
            [{ categoryGroup: "allLogs", enabled: true }],
            [{ category: "AllMetrics", enabled: true }],
          ],
          [
            `${accountId}/fileServices/default`,
            ids.workspace,
            [{ categoryGroup: "allLogs", enabled: true }],
            [{ category: "AllMetrics", enabled: true }],
          ],
          [
            `${accountId}/queueServices/default`,
            ids.workspace,
            [{ categoryGroup: "allLogs", enabled: true }],
            [{ category: "AllMetrics", enabled: true }],
          ],
          [
            `${accountId}/tableServices/default`,
            ids.workspace,
            [{ categoryGroup: "allLogs", enabled: true }],
            [{ category: "AllMetrics", enabled: true }],
          ],
        ],
      );
      assert.strictEqual(
        accountId,
        `${group}/providers/Microsoft.Storage/storageAccounts/${await unwrap(account.name)}`,
      );
    });

    it("turns on Defender for Storage with malware scanning (capped at 5000 GB a month) and sensitive data discovery", async () => {
      const defender = mocks.one("azure-native:security:DefenderForStorage");
      assert.deepStrictEqual(defender.inputs, {
        resourceId: await unwrap(account.resourceId),
        settingName: "current",
        properties: {
          isEnabled: true,
          overrideSubscriptionLevelSettings: true,
          malwareScanning: { onUpload: { isEnabled: true, capGBPerMonth: 5000 } },
          sensitiveDataDiscovery: { isEnabled: true },
        },
      });
    });
  });

  it("takes another malware scanning cap", async () => {
    new CmkStorageAccount("capped", args({ malwareScanningCapGbPerMonth: 20000 }));
    await settle();
    assert.deepStrictEqual(
      mocks.one("azure-native:security:DefenderForStorage").inputs.properties.malwareScanning,
      { onUpload: { isEnabled: true, capGBPerMonth: 20000 } },
    );
  });

  it("opts out of Defender for Storage with enableDefender: false", async () => {
    new CmkStorageAccount("nodefender", args({ enableDefender: false }));
    await settle();
    assert.strictEqual(mocks.ofType("azure-native:security:DefenderForStorage").length, 0);
    assert.strictEqual(mocks.ofType(`${T}:StorageAccount`).length, 1);
  });

  it("opts out of diagnostics with diagnosticSettings: [] on the account and every service", async () => {
    new CmkStorageAccount("nodiag", args({ diagnosticSettings: [] }));
    await settle();
    assert.strictEqual(mocks.ofType("azure-native:monitor:DiagnosticSetting").length, 0);
    assert.strictEqual(mocks.ofType(`${T}:StorageAccount`).length, 1);
  });

  it("opts out explicitly: shared keys, listed public ranges, no infrastructure encryption, LRS, no protection", async () => {
    const recorder = new OptionsRecorder();
    new CmkStorageAccount(
      "open",
      args({
        accountName: "stopen01",
        skuName: "Standard_LRS",
        allowSharedKeyAccess: true,
        publicNetworkAccess: "Enabled",
        allowedIpRanges: ["203.0.113.7", "198.51.100.0/24"],
        requireInfrastructureEncryption: false,
        softDeleteRetentionInDays: 7,
        protect: false,
        managedIdentities: { systemAssigned: true },
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const i = mocks.one(`${T}:StorageAccount`).inputs;
    assert.strictEqual(i.allowSharedKeyAccess, true);
    assert.strictEqual(i.publicNetworkAccess, "Enabled");
    assert.deepStrictEqual(i.networkRuleSet.ipRules, [
      { iPAddressOrRange: "203.0.113.7", action: "Allow" },
      { iPAddressOrRange: "198.51.100.0/24", action: "Allow" },
    ]);
    assert.strictEqual(i.networkRuleSet.defaultAction, "Deny");
    assert.strictEqual(i.encryption.requireInfrastructureEncryption, false);
    assert.strictEqual(i.encryption.keySource, "Microsoft.Keyvault");
    assert.deepStrictEqual(i.identity, {
      type: "SystemAssigned,UserAssigned",
      userAssignedIdentities: [ids.identity],
    });
    assert.deepStrictEqual(i.sku, { name: "Standard_LRS" });
    assert.strictEqual(recorder.protected(`${T}:StorageAccount`, "open-account"), false);
    assert.strictEqual(
      mocks.one(`${T}:BlobServiceProperties`).inputs.deleteRetentionPolicy.days,
      7,
    );
  });

  describe("rejects bad input", () => {
    it("a bad name, an unknown SKU, out-of-range retention and no scanning cap (-1)", () =>
      assertInputErrors(
        () =>
          new CmkStorageAccount(
            "b1",
            args({
              accountName: "St-Data",
              skuName: "Standard_XYZ" as never,
              softDeleteRetentionInDays: 0,
              malwareScanningCapGbPerMonth: -1,
            }),
          ),
        [
          {
            propertyPath: "malwareScanningCapGbPerMonth",
            reason:
              "-1 is not allowed: use a whole number of GB above 0 (a cap bounds the scanning bill)",
          },
          {
            propertyPath: "accountName",
            reason: '"St-Data" is not a valid name: use 3-24 lowercase letters or digits',
          },
          { propertyPath: "skuName", reason: '"Standard_XYZ" is not a storage SKU' },
          {
            propertyPath: "softDeleteRetentionInDays",
            reason: "0 is out of range: use a whole number of days from 1 to 365",
          },
        ],
      ));

    it("wrong resource-ID types in the customer-managed key", () =>
      assertInputErrors(
        () =>
          new CmkStorageAccount(
            "b2",
            args({
              customerManagedKey: {
                ...cmk,
                keyVaultResourceId: ids.identity,
                userAssignedIdentityResourceId: ids.vault,
              },
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
        ],
      ));

    it("IP ranges without public access, and a malformed range (conflicting arguments)", () =>
      assertInputErrors(
        () => new CmkStorageAccount("b3", args({ allowedIpRanges: ["10.0.0.300"] })),
        [
          {
            propertyPath: "allowedIpRanges",
            reason: 'applies only with publicNetworkAccess: "Enabled"',
          },
          { propertyPath: "allowedIpRanges[0]", reason: "is not an IPv4 CIDR block" },
        ],
      ));

    it("a missing key, a missing zone for an extra endpoint and an unknown service", () =>
      assertInputErrors(
        () =>
          new CmkStorageAccount("b4", {
            ...args({ privateEndpointServices: ["blob", "queue", "ftp" as never] }),
            customerManagedKey: undefined as never,
          }),
        [
          { propertyPath: "customerManagedKey", reason: "is required" },
          { propertyPath: "privateEndpointServices[2]", reason: '"ftp" is not a storage service' },
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.queue.core.windows.net"]',
            reason: "is required for the queue private endpoint",
          },
        ],
      ));

    it("a scanning cap without Defender (conflicting arguments)", () =>
      assertInputErrors(
        () =>
          new CmkStorageAccount(
            "b6",
            args({ enableDefender: false, malwareScanningCapGbPerMonth: 100 }),
          ),
        [
          {
            propertyPath: "malwareScanningCapGbPerMonth",
            reason: "is set while enableDefender is false",
          },
        ],
      ));

    it("several diagnostic settings without names", () =>
      assertInputErrors(
        () =>
          new CmkStorageAccount(
            "b5",
            args({ diagnosticSettings: [...diagnostics, ...diagnostics] }),
          ),
        [
          {
            propertyPath: "diagnosticSettings[0].name",
            reason: "is required when a resource has several diagnostic settings",
          },
          {
            propertyPath: "diagnosticSettings[1].name",
            reason: "is required when a resource has several diagnostic settings",
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

    it("knows the whole encryption and network rule objects, even with a key created in the same run", async () => {
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("pvkey", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
      });
      const account = new CmkStorageAccount(
        "pv",
        args({ customerManagedKey: key.customerManagedKey }),
      );
      await settle();
      const i = preview.one(`${T}:StorageAccount`).inputs;
      assert.deepStrictEqual(i.encryption.keyVaultProperties, {
        keyName: "cmk-pvkey",
        keyVaultUri: "https://kv-ailz.vault.azure.net/",
      });
      assert.strictEqual(
        i.encryption.encryptionIdentity.encryptionUserAssignedIdentity,
        `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pvkey`,
      );
      assert.strictEqual(i.networkRuleSet.defaultAction, "Deny");
      assert.strictEqual(await isKnown(account.resourceId), true);
    });
  });
});
