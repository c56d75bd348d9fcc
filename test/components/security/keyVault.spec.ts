import * as assert from "assert";
import { KeyVault, KeyVaultArgs } from "../../../components/security";
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
import { FAKE_TENANT_ID } from "../../../cli/simulator/constants";

const args = (extra: Partial<KeyVaultArgs> = {}): KeyVaultArgs => ({
  resourceGroupName: rg,
  privateEndpoint: privateEndpointWithZones("privatelink.vaultcore.azure.net"),
  diagnosticSettings: diagnostics,
  ...extra,
});

describe("KeyVault", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let kv: KeyVault;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      kv = new KeyVault("kv", args({ tags: { costCenter: "cc-1" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("is RBAC-only, purge-protected, soft-deleted for 90 days and private", () => {
      assert.strictEqual(kv.skuName, "premium");
      const vault = mocks.one("azure-native:keyvault:Vault");
      assert.match(vault.inputs.vaultName, /^kv-kv-[0-9a-f]{6}$/);
      assert.deepStrictEqual(vault.inputs.properties, {
        tenantId: FAKE_TENANT_ID,
        sku: { family: "A", name: "premium" },
        enableRbacAuthorization: true,
        enablePurgeProtection: true,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        publicNetworkAccess: "Disabled",
        networkAcls: {
          defaultAction: "Deny",
          bypass: "AzureServices",
          ipRules: [],
          virtualNetworkRules: [],
        },
        enabledForDeployment: false,
        enabledForDiskEncryption: false,
        enabledForTemplateDeployment: false,
      });
      assert.deepStrictEqual(vault.inputs.tags, { costCenter: "cc-1" });
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected("azure-native:keyvault:Vault", "kv-vault"), true);
    });

    it("has a private endpoint in the vault group with its DNS zone", async () => {
      const vaultId = await unwrap(kv.resourceId);
      const pe = mocks.one("azure-native:network:PrivateEndpoint");
      assert.deepStrictEqual(pe.inputs.subnet.id, ids.subnet);
      assert.deepStrictEqual(
        pe.inputs.privateLinkServiceConnections.map((c: any) => [
          c.privateLinkServiceId,
          c.groupIds,
        ]),
        [[vaultId, ["vault"]]],
      );
      assert.deepStrictEqual(pe.inputs.tags, { costCenter: "cc-1" });
      const zoneGroup = mocks.one("azure-native:network:PrivateDnsZoneGroup");
      assert.deepStrictEqual(zoneGroup.inputs.privateDnsZoneConfigs, [
        {
          name: "privatelink-vaultcore-azure-net",
          privateDnsZoneId: hubZone("privatelink.vaultcore.azure.net"),
        },
      ]);
      assert.strictEqual(zoneGroup.inputs.privateEndpointName, pe.inputs.privateEndpointName);
    });

    it("sends all logs and metrics to Log Analytics", async () => {
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting");
      assert.deepStrictEqual(diag.inputs, {
        name: "diag-vault",
        resourceUri: await unwrap(kv.resourceId),
        workspaceId: ids.workspace,
        logAnalyticsDestinationType: "Dedicated",
        logs: [{ categoryGroup: "allLogs", enabled: true }],
        metrics: [{ category: "AllMetrics", enabled: true }],
      });
    });

    it("exposes a vault URI derived from the name", async () => {
      assert.strictEqual(
        await unwrap(kv.vaultUri),
        `https://${await unwrap(kv.name)}.vault.azure.net/`,
      );
      assert.strictEqual(
        await unwrap(kv.resourceId),
        `${group}/providers/Microsoft.KeyVault/vaults/${await unwrap(kv.name)}`,
      );
    });
  });

  it("opts out explicitly: public access for listed ranges, standard SKU, no protection", async () => {
    const recorder = new OptionsRecorder();
    const kv = new KeyVault(
      "kvpub",
      args({
        vaultName: "kv-open",
        skuName: "standard",
        publicNetworkAccess: "Enabled",
        allowedIpRanges: ["203.0.113.0/24"],
        softDeleteRetentionInDays: 7,
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const props = mocks.one("azure-native:keyvault:Vault").inputs.properties;
    assert.deepStrictEqual(props.sku, { family: "A", name: "standard" });
    // Keys know their vault's SKU from here: a standard vault holds no HSM keys.
    assert.strictEqual(kv.skuName, "standard");
    assert.strictEqual(props.publicNetworkAccess, "Enabled");
    assert.deepStrictEqual(props.networkAcls.ipRules, [{ value: "203.0.113.0/24" }]);
    assert.strictEqual(props.networkAcls.defaultAction, "Deny");
    assert.strictEqual(props.softDeleteRetentionInDays, 7);
    assert.strictEqual(props.enablePurgeProtection, true);
    assert.strictEqual(recorder.protected("azure-native:keyvault:Vault", "kvpub-vault"), false);
  });

  it("assigns roles with names from role and principal, and a lock", async () => {
    new KeyVault(
      "kvroles",
      args({
        vaultName: "kv-roles",
        roleAssignments: [
          {
            roleDefinitionIdOrName: "Key Vault Administrator",
            principalId: "11111111-1111-1111-1111-111111111111",
            principalType: "Group",
          },
        ],
        lock: { kind: "CanNotDelete" },
      }),
    );
    await settle();
    const ra = mocks.one("azure-native:authorization:RoleAssignment");
    assert.match(ra.name, /^kvroles-ra-vault-[0-9a-f]{8}$/);
    assert.deepStrictEqual(
      [ra.inputs.scope, ra.inputs.principalId, ra.inputs.principalType, ra.inputs.roleDefinitionId],
      [
        `${group}/providers/Microsoft.KeyVault/vaults/kv-roles`,
        "11111111-1111-1111-1111-111111111111",
        "Group",
        "/providers/Microsoft.Authorization/roleDefinitions/00482a5a-887f-4fb3-b363-3b7fe8e74483",
      ],
    );
    const lock = mocks.one("azure-native:authorization:ManagementLockByScope");
    assert.deepStrictEqual(
      [lock.inputs.level, lock.inputs.lockName],
      ["CanNotDelete", "lock-kv-roles"],
    );
  });

  it("creates no zone group when DNS is policy-managed", async () => {
    new KeyVault(
      "kvpol",
      args({ privateEndpoint: { subnetResourceId: ids.subnet, policyManagedDns: true } }),
    );
    await settle();
    assert.strictEqual(mocks.ofType("azure-native:network:PrivateEndpoint").length, 1);
    assert.strictEqual(mocks.ofType("azure-native:network:PrivateDnsZoneGroup").length, 0);
  });

  describe("rejects bad input", () => {
    it("a bad name and out-of-range retention", () =>
      assertInputErrors(
        () => new KeyVault("b1", args({ vaultName: "1kv", softDeleteRetentionInDays: 120 })),
        [
          { propertyPath: "vaultName", reason: '"1kv" is not a valid name: use 3-24 letters' },
          {
            propertyPath: "softDeleteRetentionInDays",
            reason: "120 is out of range: use a whole number of days from 7 to 90",
          },
        ],
      ));

    it("IP ranges without public access (conflicting arguments)", () =>
      assertInputErrors(
        () => new KeyVault("b2", args({ allowedIpRanges: ["203.0.113.0/24"] })),
        [
          {
            propertyPath: "allowedIpRanges",
            reason: 'applies only with publicNetworkAccess: "Enabled"',
          },
        ],
      ));

    it("wrong resource-ID types for the subnet and the workspace", () =>
      assertInputErrors(
        () =>
          new KeyVault(
            "b3",
            args({
              privateEndpoint: {
                subnetResourceId: ids.hubVnet,
                privateDnsZoneResourceIds: { "privatelink.vaultcore.azure.net": ids.vault },
              },
              diagnosticSettings: [{ workspaceResourceId: ids.vault }],
            }),
          ),
        [
          {
            propertyPath: "privateEndpoint.subnetResourceId",
            reason: "expected a Microsoft.Network/virtualNetworks/subnets ID",
          },
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.vaultcore.azure.net"]',
            reason: "expected a Microsoft.Network/privateDnsZones ID",
          },
          {
            propertyPath: "diagnosticSettings[0].workspaceResourceId",
            reason: "expected a Microsoft.OperationalInsights/workspaces ID",
          },
        ],
      ));

    it("missing DNS zones, missing diagnostics and an unknown role", () =>
      assertInputErrors(
        () =>
          new KeyVault("b4", {
            resourceGroupName: rg,
            privateEndpoint: privateEndpointWithZones("privatelink.blob.core.windows.net"),
            diagnosticSettings: undefined as never,
            roleAssignments: [{ roleDefinitionIdOrName: "Vault Boss", principalId: "p" }],
          }),
        [
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.vaultcore.azure.net"]',
            reason: "is required for the vault private endpoint",
          },
          { propertyPath: "diagnosticSettings", reason: "pass one or more settings" },
          {
            propertyPath: "roleAssignments[0].roleDefinitionIdOrName",
            reason: '"Vault Boss" is not a role',
          },
        ],
      ));

    it("zones together with policy-managed DNS", () =>
      assertInputErrors(
        () =>
          new KeyVault(
            "b5",
            args({
              privateEndpoint: {
                ...privateEndpointWithZones("privatelink.vaultcore.azure.net"),
                policyManagedDns: true,
              },
            }),
          ),
        [
          {
            propertyPath: "privateEndpoint.privateDnsZoneResourceIds",
            reason: "conflicts with policyManagedDns: true",
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

    it("knows every security input and the vault's ID and URI", async () => {
      const kv = new KeyVault("kvpv", args());
      await settle();
      const props = preview.one("azure-native:keyvault:Vault").inputs.properties;
      assert.strictEqual(props.publicNetworkAccess, "Disabled");
      assert.strictEqual(props.enablePurgeProtection, true);
      assert.strictEqual(await isKnown(kv.resourceId), true);
      assert.strictEqual(await isKnown(kv.vaultUri), true);
      const pe = preview.one("azure-native:network:PrivateEndpoint");
      assert.strictEqual(
        pe.inputs.privateLinkServiceConnections[0].privateLinkServiceId,
        await unwrap(kv.resourceId),
      );
    });
  });
});
