import * as assert from "assert";
import {
  PrivateMlWorkspace,
  PrivateMlWorkspaceArgs,
  workspaceIdentityRoles,
} from "../../../components/ml";
import { builtInRoles, shortHash } from "../../../components/common";
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
import { RANDOM_SUFFIX, unknownPaths, useMlMocks } from "./mlMocks";

const amlZones = ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"];
const allZones = [
  ...amlZones,
  "privatelink.vaultcore.azure.net",
  "privatelink.blob.core.windows.net",
  "privatelink.file.core.windows.net",
  "privatelink.azurecr.io",
];
const args = (extra: Partial<PrivateMlWorkspaceArgs> = {}): PrivateMlWorkspaceArgs => ({
  resourceGroupName: rg,
  location: "westeurope",
  privateEndpoint: privateEndpointWithZones(...allZones),
  diagnosticSettings: diagnostics,
  ...extra,
});

/** Dependencies a caller brings, in the simulated subscription. */
const brought = {
  keyVaultResourceId: `${group}/providers/Microsoft.KeyVault/vaults/kv-shared`,
  storageAccountResourceId: `${group}/providers/Microsoft.Storage/storageAccounts/stshared`,
  containerRegistryResourceId: `${group}/providers/Microsoft.ContainerRegistry/registries/crshared`,
  applicationInsightsResourceId: `${group}/providers/Microsoft.Insights/components/appi-shared`,
  userAssignedIdentityResourceId: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ml`,
};
const broughtPrincipal = "2f9d8c7b-6a5e-4d3c-8b2a-1f0e9d8c7b6a";
const broughtKey = {
  keyVaultResourceId: ids.vault,
  keyName: "cmk-ml",
  userAssignedIdentityResourceId: ids.identity,
  userAssignedIdentityClientId: "0b7c3f52-1111-4a2b-8c3d-9e8f7a6b5c4d",
};

const T = {
  workspace: "azure-native:machinelearningservices:Workspace",
  role: "azure-native:authorization:RoleAssignment",
  appInsights: "azure-native:applicationinsights:Component",
  identity: "azure-native:managedidentity:UserAssignedIdentity",
  random: "random:index/randomString:RandomString",
};
const roleId = (guid: string) => `/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const approver = builtInRoles["Azure AI Enterprise Network Connection Approver"];

/** The roles the workspace identity gets, as [scope, role GUID] pairs, sorted. */
function expectedGrants(scopes: {
  storage: string;
  vault: string;
  registry: string;
  appInsights: string;
}) {
  return [
    [scopes.storage, "17d1049b-9a84-46fb-8f53-869881c3d3ab"], // Storage Account Contributor
    [scopes.storage, builtInRoles["Storage Blob Data Contributor"]],
    [scopes.storage, builtInRoles["Storage File Data Privileged Contributor"]],
    [scopes.storage, approver],
    [scopes.vault, "f25e0fa2-a7c8-4377-a976-54943a77a395"], // Key Vault Contributor
    [scopes.vault, builtInRoles["Key Vault Administrator"]],
    [scopes.vault, approver],
    [scopes.registry, builtInRoles.AcrPush],
    [scopes.registry, approver],
    [scopes.appInsights, "ae349356-3a1b-4a5e-921d-050484c6347e"], // App Insights Component Contributor
    [scopes.appInsights, builtInRoles["Monitoring Metrics Publisher"]],
  ]
    .map(([scope, guid]) => [scope, roleId(guid)])
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

function grantsTo(mocks: RecorderMocks, principalId: string) {
  return mocks
    .ofType(T.role)
    .filter((r) => r.inputs.principalId === principalId)
    .map((r) => {
      assert.strictEqual(r.inputs.principalType, "ServicePrincipal");
      return [r.inputs.scope, r.inputs.roleDefinitionId];
    })
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

describe("PrivateMlWorkspace", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMlMocks();
  });

  // One construction serves every read-only assertion on the defaults.
  describe("with defaults", () => {
    let ws: PrivateMlWorkspace;
    const recorder = new OptionsRecorder();
    before(async () => {
      mocks.reset();
      ws = new PrivateMlWorkspace("ws", args({ tags: { costCenter: "cc-7" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("is a private Default workspace with identity datastores and high business impact", () => {
      const i = mocks.one(T.workspace).inputs;
      assert.deepStrictEqual(
        {
          workspaceName: i.workspaceName,
          kind: i.kind,
          sku: i.sku,
          publicNetworkAccess: i.publicNetworkAccess,
          allowPublicAccessWhenBehindVnet: i.allowPublicAccessWhenBehindVnet,
          systemDatastoresAuthMode: i.systemDatastoresAuthMode,
          hbiWorkspace: i.hbiWorkspace,
          provisionNetworkNow: i.provisionNetworkNow,
          location: i.location,
          tags: i.tags,
        },
        {
          workspaceName: `mlw-ws-${RANDOM_SUFFIX}`,
          kind: "Default",
          sku: { name: "Basic", tier: "Basic" },
          publicNetworkAccess: "Disabled",
          allowPublicAccessWhenBehindVnet: false,
          systemDatastoresAuthMode: "Identity",
          hbiWorkspace: true,
          provisionNetworkNow: false,
          location: "westeurope",
          tags: { costCenter: "cc-7" },
        },
      );
    });

    it("names the workspace with a 6-character random suffix", () => {
      const suffix = mocks.one(T.random).inputs;
      assert.deepStrictEqual(
        [suffix.length, suffix.lower, suffix.upper, suffix.numeric, suffix.special],
        [6, true, false, true, false],
      );
    });

    it("allows only approved outbound traffic from the managed network", () => {
      assert.deepStrictEqual(mocks.one(T.workspace).inputs.managedNetwork, {
        isolationMode: "AllowOnlyApprovedOutbound",
        outboundRules: {},
        // azure-native's default for the wrapped object.
        enableNetworkMonitor: false,
      });
    });

    it("runs as its own user-assigned identity and encrypts with the created key through the key's identity", async () => {
      const i = mocks.one(T.workspace).inputs;
      const wsIdentity = `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ws`;
      const cmkIdentity = `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ws-cmk`;
      const vaultName = await unwrap(ws.keyVault!.name);
      const vaultId = `${group}/providers/Microsoft.KeyVault/vaults/${vaultName}`;
      assert.deepStrictEqual(i.identity, {
        type: "UserAssigned",
        userAssignedIdentities: [wsIdentity, cmkIdentity],
      });
      assert.strictEqual(i.primaryUserAssignedIdentity, wsIdentity);
      assert.deepStrictEqual(i.encryption, {
        status: "Enabled",
        keyVaultProperties: {
          keyVaultArmId: vaultId,
          keyIdentifier: `https://${vaultName}.vault.azure.net/keys/cmk-ws-cmk`,
        },
        identity: { userAssignedIdentity: cmkIdentity },
      });
      assert.strictEqual(mocks.one(T.identity, "ws-identity").inputs.resourceName, "id-ws");
    });

    it("creates hardened dependencies and links the workspace to them", async () => {
      const i = mocks.one(T.workspace).inputs;
      assert.deepStrictEqual(
        [i.storageAccount, i.keyVault, i.containerRegistry, i.applicationInsights],
        [
          await unwrap(ws.storageAccount!.resourceId),
          await unwrap(ws.keyVault!.resourceId),
          await unwrap(ws.containerRegistry!.resourceId),
          `${group}/providers/Microsoft.Insights/components/appi-ws`,
        ],
      );
      const vault = mocks.one("azure-native:keyvault:Vault").inputs.properties;
      assert.deepStrictEqual(
        [vault.enablePurgeProtection, vault.enableRbacAuthorization, vault.publicNetworkAccess],
        [true, true, "Disabled"],
      );
      const account = mocks.one("azure-native:storage:StorageAccount").inputs;
      assert.deepStrictEqual(
        [
          account.allowSharedKeyAccess,
          account.publicNetworkAccess,
          account.encryption.keySource,
          account.encryption.keyVaultProperties.keyName,
          account.encryption.encryptionIdentity.encryptionUserAssignedIdentity,
        ],
        [
          false,
          "Disabled",
          "Microsoft.Keyvault",
          "cmk-ws-cmk",
          `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ws-cmk`,
        ],
      );
      const registry = mocks.one("azure-native:containerregistry:Registry").inputs;
      assert.deepStrictEqual(
        [
          registry.sku,
          registry.adminUserEnabled,
          registry.anonymousPullEnabled,
          registry.publicNetworkAccess,
          registry.zoneRedundancy,
          registry.policies.exportPolicy,
          registry.encryption.status,
          registry.encryption.keyVaultProperties.identity,
        ],
        [
          { name: "Premium" },
          false,
          false,
          "Disabled",
          "Enabled",
          { status: "disabled" },
          "enabled",
          await unwrap(ws.encryptionKey!.identityClientId!),
        ],
      );
    });

    it("creates a Log Analytics workspace and workspace-based Application Insights, both Entra-only", async () => {
      const law = mocks.one("azure-native:operationalinsights:Workspace").inputs;
      const logId = `${group}/providers/Microsoft.OperationalInsights/workspaces/log-ws`;
      assert.deepStrictEqual(
        [law.workspaceName, law.features, law.retentionInDays],
        [
          "log-ws",
          { disableLocalAuth: true, enableLogAccessUsingOnlyResourcePermissions: true },
          90,
        ],
      );
      const i = mocks.one(T.appInsights).inputs;
      assert.deepStrictEqual(
        {
          resourceName: i.resourceName,
          kind: i.kind,
          applicationType: i.applicationType,
          workspaceResourceId: i.workspaceResourceId,
          ingestionMode: i.ingestionMode,
          disableLocalAuth: i.disableLocalAuth,
          publicNetworkAccessForIngestion: i.publicNetworkAccessForIngestion,
          publicNetworkAccessForQuery: i.publicNetworkAccessForQuery,
        },
        {
          resourceName: "appi-ws",
          kind: "web",
          applicationType: "web",
          workspaceResourceId: logId,
          ingestionMode: "LogAnalytics",
          disableLocalAuth: true,
          // Without a private link scope there is no private path for telemetry.
          publicNetworkAccessForIngestion: "Enabled",
          publicNetworkAccessForQuery: "Enabled",
        },
      );
      assert.strictEqual(await unwrap(ws.logAnalyticsWorkspaceResourceId!), logId);
      assert.strictEqual(recorder.protected(T.appInsights, "ws-appi"), true);
    });

    it("grants the workspace identity narrow roles on every dependency, and the workspace waits for them", async () => {
      const principal = await unwrap(ws.identityPrincipalId);
      const grants = grantsTo(mocks, principal);
      assert.deepStrictEqual(
        grants,
        expectedGrants({
          storage: await unwrap(ws.storageAccountResourceId),
          vault: await unwrap(ws.keyVaultResourceId),
          registry: await unwrap(ws.containerRegistryResourceId),
          appInsights: await unwrap(ws.applicationInsightsResourceId),
        }),
      );
      const contributor = roleId(builtInRoles.Contributor);
      const owner = roleId(builtInRoles.Owner);
      const roles = mocks.ofType(T.role);
      // The workspace identity's grants and the key identity's one on the vault.
      assert.strictEqual(roles.length, grants.length + 1);
      assert.ok(
        roles.every((r) => ![contributor, owner].includes(r.inputs.roleDefinitionId)),
        "no broad Contributor or Owner grant",
      );
      const dependsOn = recorder.options.get(`${T.workspace}::ws-workspace`)?.dependsOn;
      assert.ok(Array.isArray(dependsOn));
      const names = (dependsOn as { urn: unknown }[]).length;
      assert.strictEqual(names, 11);
      // Logical names come from the scope, the role and a fixed key, never from the principal
      // (unknown until the identity exists) or a list position.
      const roleNames = mocks
        .ofType(T.role)
        .filter((r) => r.inputs.principalId === principal)
        .map((r) => r.name)
        .sort();
      assert.deepStrictEqual(
        roleNames,
        Object.entries(workspaceIdentityRoles)
          .flatMap(([scope, guids]) =>
            guids.map((guid) => `ws-ra-${scope}-${shortHash([guid, "workspace-identity"])}`),
          )
          .sort(),
      );
    });

    it("protects the workspace and its stateful dependencies", () => {
      for (const [type, name] of [
        [T.workspace, "ws-workspace"],
        ["azure-native:keyvault:Vault", "ws-kv-vault"],
        ["azure-native:keyvault:Key", "ws-cmk-key"],
        ["azure-native:storage:StorageAccount", "ws-storage-account"],
        ["azure-native:containerregistry:Registry", "ws-registry-registry"],
        ["azure-native:operationalinsights:Workspace", "ws-log"],
      ]) {
        assert.strictEqual(recorder.protected(type, name), true, `${name} is protected`);
      }
    });

    it("has an amlworkspace private endpoint in both Azure ML zones, and endpoints for each dependency", async () => {
      const id = await unwrap(ws.resourceId);
      assert.strictEqual(
        id,
        `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ws-${RANDOM_SUFFIX}`,
      );
      const pe = mocks.one("azure-native:network:PrivateEndpoint", "ws-pep-amlworkspace").inputs;
      assert.deepStrictEqual(
        [
          pe.subnet.id,
          pe.privateLinkServiceConnections[0].privateLinkServiceId,
          pe.privateLinkServiceConnections[0].groupIds,
        ],
        [ids.subnet, id, ["amlworkspace"]],
      );
      assert.deepStrictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup", "ws-pep-amlworkspace-dns").inputs
          .privateDnsZoneConfigs,
        [
          { name: "privatelink-api-azureml-ms", privateDnsZoneId: hubZone(amlZones[0]) },
          { name: "privatelink-notebooks-azure-net", privateDnsZoneId: hubZone(amlZones[1]) },
        ],
      );
      assert.deepStrictEqual(
        ws.privateEndpoints.map((p) => p.groupId),
        ["amlworkspace"],
      );
      assert.deepStrictEqual(
        ws.dependencyPrivateEndpoints.map((p) => p.groupId),
        ["vault", "blob", "file", "registry"],
      );
      assert.strictEqual(
        await unwrap(ws.privateEndpoints[0].name),
        `pep-mlw-ws-${RANDOM_SUFFIX}-amlworkspace`,
      );
    });

    it("sends diagnostics from the workspace, vault, storage, registry and its Log Analytics workspace", async () => {
      const uris = mocks
        .ofType("azure-native:monitor:DiagnosticSetting")
        .map((d) => {
          assert.strictEqual(d.inputs.workspaceId, ids.workspace);
          return d.inputs.resourceUri;
        })
        .sort();
      const storage = await unwrap(ws.storageAccountResourceId);
      assert.deepStrictEqual(
        uris,
        [
          await unwrap(ws.resourceId),
          await unwrap(ws.keyVaultResourceId),
          storage,
          `${storage}/blobServices/default`,
          `${storage}/fileServices/default`,
          `${storage}/queueServices/default`,
          `${storage}/tableServices/default`,
          await unwrap(ws.containerRegistryResourceId),
          await unwrap(ws.logAnalyticsWorkspaceResourceId!),
        ].sort(),
      );
      const logDiag = mocks.one("azure-native:monitor:DiagnosticSetting", "ws-diag-log");
      assert.deepStrictEqual(
        [logDiag.inputs.logs, logDiag.inputs.metrics],
        [
          [{ categoryGroup: "allLogs", enabled: true }],
          [{ category: "AllMetrics", enabled: true }],
        ],
      );
      const workspaceDiag = mocks.one(
        "azure-native:monitor:DiagnosticSetting",
        "ws-diag-workspace",
      );
      assert.deepStrictEqual(
        [workspaceDiag.inputs.logs, workspaceDiag.inputs.metrics],
        [
          [{ categoryGroup: "allLogs", enabled: true }],
          [{ category: "AllMetrics", enabled: true }],
        ],
      );
    });

    it("exposes name, location, principal and dependency IDs", async () => {
      assert.deepStrictEqual(
        [await unwrap(ws.name), await unwrap(ws.location)],
        [`mlw-ws-${RANDOM_SUFFIX}`, "westeurope"],
      );
      assert.match(await unwrap(ws.identityPrincipalId), /^[0-9a-f-]{36}$/);
      assert.strictEqual(
        await unwrap(ws.identityResourceId),
        `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ws`,
      );
      assert.match(await unwrap(ws.workspaceId), /^[0-9a-f-]{36}$/);
      assert.strictEqual(await unwrap(ws.customerManagedKey.keyName), "cmk-ws-cmk");
    });
  });

  describe("variants", () => {
    beforeEach(() => mocks.reset());

    it("uses dependencies brought by ID, creating none of them, and grants its roles there", async () => {
      const ws = new PrivateMlWorkspace(
        "byo",
        args({
          ...brought,
          userAssignedIdentityPrincipalId: broughtPrincipal,
          customerManagedKey: broughtKey,
          privateEndpoint: privateEndpointWithZones(...amlZones),
        }),
      );
      await settle();
      for (const type of [
        "azure-native:keyvault:Vault",
        "azure-native:keyvault:Key",
        "azure-native:storage:StorageAccount",
        "azure-native:containerregistry:Registry",
        T.appInsights,
        "azure-native:operationalinsights:Workspace",
        T.identity,
      ]) {
        assert.deepStrictEqual(mocks.ofType(type), [], `no ${type}`);
      }
      const i = mocks.one(T.workspace).inputs;
      assert.deepStrictEqual(
        [i.storageAccount, i.keyVault, i.containerRegistry, i.applicationInsights],
        [
          brought.storageAccountResourceId,
          brought.keyVaultResourceId,
          brought.containerRegistryResourceId,
          brought.applicationInsightsResourceId,
        ],
      );
      assert.deepStrictEqual(i.identity, {
        type: "UserAssigned",
        userAssignedIdentities: [brought.userAssignedIdentityResourceId, ids.identity],
      });
      assert.strictEqual(i.primaryUserAssignedIdentity, brought.userAssignedIdentityResourceId);
      assert.deepStrictEqual(i.encryption, {
        status: "Enabled",
        keyVaultProperties: {
          keyVaultArmId: ids.vault,
          keyIdentifier: "https://kv-ailz.vault.azure.net/keys/cmk-ml",
        },
        identity: { userAssignedIdentity: ids.identity },
      });
      assert.deepStrictEqual(
        grantsTo(mocks, broughtPrincipal),
        expectedGrants({
          storage: brought.storageAccountResourceId,
          vault: brought.keyVaultResourceId,
          registry: brought.containerRegistryResourceId,
          appInsights: brought.applicationInsightsResourceId,
        }),
      );
      assert.deepStrictEqual(
        mocks.ofType("azure-native:network:PrivateEndpoint").map((p) => p.name),
        ["byo-pep-amlworkspace"],
      );
      assert.deepStrictEqual(ws.dependencyPrivateEndpoints, []);
      assert.deepStrictEqual(
        [ws.keyVault, ws.storageAccount, ws.containerRegistry, ws.encryptionKey],
        [undefined, undefined, undefined, undefined],
      );
      assert.strictEqual(await unwrap(ws.identityPrincipalId), broughtPrincipal);
    });

    it("opts out explicitly: fixed name, internet outbound, no HBI, no role grants, no protection", async () => {
      const recorder = new OptionsRecorder();
      new PrivateMlWorkspace(
        "open",
        args({
          workspaceName: "mlw-fixed-01",
          isolationMode: "AllowInternetOutbound",
          outboundRules: {
            "pe-data": {
              type: "PrivateEndpoint",
              serviceResourceId: brought.storageAccountResourceId,
              subresourceTarget: "blob",
            },
          },
          hbiWorkspace: false,
          provisionNetworkNow: true,
          imageBuildCompute: "cpu-build",
          friendlyName: "Open ML",
          assignDependencyRoles: false,
          monitoring: {
            privateLinkScopeResourceId: `${group}/providers/Microsoft.Insights/privateLinkScopes/pls-ailz`,
            retentionInDays: 30,
          },
          protect: false,
        }),
        { transformations: [recorder.transformation] },
      );
      await settle();
      const i = mocks.one(T.workspace).inputs;
      assert.strictEqual(i.workspaceName, "mlw-fixed-01");
      assert.deepStrictEqual(mocks.ofType(T.random), []);
      assert.deepStrictEqual(i.managedNetwork, {
        isolationMode: "AllowInternetOutbound",
        enableNetworkMonitor: false,
        outboundRules: {
          "pe-data": {
            type: "PrivateEndpoint",
            category: "UserDefined",
            destination: {
              serviceResourceId: brought.storageAccountResourceId,
              subresourceTarget: "blob",
              sparkEnabled: false,
            },
          },
        },
      });
      assert.strictEqual(i.hbiWorkspace, false);
      assert.strictEqual(i.publicNetworkAccess, "Disabled");
      const appi = mocks.one(T.appInsights).inputs;
      assert.deepStrictEqual(
        [
          appi.publicNetworkAccessForIngestion,
          appi.publicNetworkAccessForQuery,
          appi.disableLocalAuth,
        ],
        ["Disabled", "Disabled", true],
      );
      // Only the CMK identity's grant on the vault remains; the workspace identity gets none.
      assert.deepStrictEqual(
        mocks
          .ofType(T.role)
          .map((r) => [r.name.replace(/[0-9a-f]{8}$/, ""), r.inputs.roleDefinitionId]),
        [["open-cmk-ra-vault-", roleId(builtInRoles["Key Vault Crypto Service Encryption User"])]],
      );
      assert.strictEqual(recorder.protected(T.workspace, "open-workspace"), false);
      assert.strictEqual(
        recorder.protected("azure-native:storage:StorageAccount", "open-storage-account"),
        false,
      );
    });

    it("renders FQDN, private endpoint and service tag rules, with the managed firewall SKU", async () => {
      new PrivateMlWorkspace(
        "rules",
        args({
          outboundRules: {
            pypi: { type: "FQDN", destination: "pypi.org" },
            "conda-wild": { type: "FQDN", destination: "*.anaconda.com" },
            vault: {
              type: "PrivateEndpoint",
              serviceResourceId: brought.keyVaultResourceId,
              subresourceTarget: "vault",
              sparkEnabled: true,
            },
            entra: { type: "ServiceTag", serviceTag: "AzureActiveDirectory", portRanges: "443" },
          },
          firewallSku: "Basic",
        }),
      );
      await settle();
      assert.deepStrictEqual(mocks.one(T.workspace).inputs.managedNetwork, {
        isolationMode: "AllowOnlyApprovedOutbound",
        enableNetworkMonitor: false,
        firewallSku: "Basic",
        outboundRules: {
          pypi: { type: "FQDN", category: "UserDefined", destination: "pypi.org" },
          "conda-wild": { type: "FQDN", category: "UserDefined", destination: "*.anaconda.com" },
          vault: {
            type: "PrivateEndpoint",
            category: "UserDefined",
            destination: {
              serviceResourceId: brought.keyVaultResourceId,
              subresourceTarget: "vault",
              sparkEnabled: true,
            },
          },
          entra: {
            type: "ServiceTag",
            category: "UserDefined",
            destination: {
              serviceTag: "AzureActiveDirectory",
              protocol: "TCP",
              portRanges: "443",
              action: "Allow",
            },
          },
        },
      });
    });

    it("defaults the managed firewall to Standard when FQDN rules need it", async () => {
      new PrivateMlWorkspace(
        "fw",
        args({ outboundRules: { pypi: { type: "FQDN", destination: "pypi.org" } } }),
      );
      await settle();
      assert.strictEqual(mocks.one(T.workspace).inputs.managedNetwork.firewallSku, "Standard");
    });
  });

  describe("rejects bad input", () => {
    it("brought dependencies of the wrong resource type", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b1",
            args({
              keyVaultResourceId: brought.storageAccountResourceId,
              storageAccountResourceId: brought.keyVaultResourceId,
              containerRegistryResourceId: ids.subnet,
              applicationInsightsResourceId: ids.workspace,
              userAssignedIdentityResourceId: ids.vault,
              userAssignedIdentityPrincipalId: broughtPrincipal,
            }),
          ),
        [
          { propertyPath: "keyVaultResourceId", reason: "expected a Microsoft.KeyVault/vaults ID" },
          {
            propertyPath: "storageAccountResourceId",
            reason: "expected a Microsoft.Storage/storageAccounts ID",
          },
          {
            propertyPath: "containerRegistryResourceId",
            reason:
              "is a Microsoft.Network/virtualNetworks/subnets ID; expected a Microsoft.ContainerRegistry/registries ID",
          },
          {
            propertyPath: "applicationInsightsResourceId",
            reason: "expected a Microsoft.Insights/components ID",
          },
          {
            propertyPath: "userAssignedIdentityResourceId",
            reason: "expected a Microsoft.ManagedIdentity/userAssignedIdentities ID",
          },
        ],
      ));

    it("isolation turned off, and rules or a firewall that conflict with the isolation mode", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b2",
            args({ isolationMode: "Disabled" as never, firewallSku: "Premium" as never }),
          ),
        [
          { propertyPath: "isolationMode", reason: '"Disabled" is not allowed' },
          { propertyPath: "firewallSku", reason: '"Premium" is not a firewall SKU' },
          { propertyPath: "firewallSku", reason: "applies only with FQDN outbound rules" },
        ],
      ));

    it("FQDN and service tag rules with internet outbound (conflicting isolation settings)", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b3",
            args({
              isolationMode: "AllowInternetOutbound",
              outboundRules: {
                pypi: { type: "FQDN", destination: "pypi.org" },
                entra: {
                  type: "ServiceTag",
                  serviceTag: "AzureActiveDirectory",
                  portRanges: "443",
                },
              },
              firewallSku: "Basic",
            }),
          ),
        [
          {
            propertyPath: 'outboundRules["pypi"].type',
            reason: "FQDN rules apply only with isolationMode AllowOnlyApprovedOutbound",
          },
          {
            propertyPath: 'outboundRules["entra"].type',
            reason: "ServiceTag rules apply only with isolationMode AllowOnlyApprovedOutbound",
          },
        ],
      ));

    it("invalid names: workspace, rule, host, service tag, ports, group and target ID", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b4",
            args({
              workspaceName: "-ml workspace",
              outboundRules: {
                "bad rule!": { type: "FQDN", destination: "https://pypi.org" },
                tag: {
                  type: "ServiceTag",
                  serviceTag: "Azure AD",
                  protocol: "SCTP" as never,
                  portRanges: "70000",
                },
                pe: {
                  type: "PrivateEndpoint",
                  serviceResourceId: "kv-shared",
                  subresourceTarget: "",
                },
                odd: { type: "Tunnel" } as never,
              },
            }),
          ),
        [
          {
            propertyPath: "workspaceName",
            reason: '"-ml workspace" is not a valid name: use 3-33',
          },
          { propertyPath: 'outboundRules["bad rule!"]', reason: "is not a rule name" },
          { propertyPath: 'outboundRules["bad rule!"].destination', reason: "is not a host name" },
          { propertyPath: 'outboundRules["tag"].serviceTag', reason: "is not a service tag" },
          { propertyPath: 'outboundRules["tag"].protocol', reason: '"SCTP" is not a protocol' },
          { propertyPath: 'outboundRules["tag"].portRanges', reason: '"70000" is not a port list' },
          {
            propertyPath: 'outboundRules["pe"].serviceResourceId',
            reason: '"kv-shared" is not an ARM resource ID',
          },
          {
            propertyPath: 'outboundRules["pe"].subresourceTarget',
            reason: "is not a private-link group ID",
          },
          { propertyPath: 'outboundRules["odd"].type', reason: '"Tunnel" is not a rule type' },
        ],
      ));

    it("bad monitoring settings, and a half-brought identity", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b5",
            args({
              monitoring: { retentionInDays: 10, privateLinkScopeResourceId: ids.workspace },
              userAssignedIdentityResourceId: brought.userAssignedIdentityResourceId,
            }),
          ),
        [
          { propertyPath: "monitoring.retentionInDays", reason: "10 is out of range" },
          {
            propertyPath: "monitoring.privateLinkScopeResourceId",
            reason: "expected a Microsoft.Insights/privateLinkScopes ID",
          },
          {
            propertyPath: "userAssignedIdentityPrincipalId",
            reason: "goes together with userAssignedIdentityResourceId",
          },
        ],
      ));

    it("settings for a created Application Insights next to a brought one (conflicting arguments)", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b6",
            args({
              applicationInsightsResourceId: brought.applicationInsightsResourceId,
              monitoring: { retentionInDays: 30 },
            }),
          ),
        [
          {
            propertyPath: "monitoring",
            reason: "conflicts with applicationInsightsResourceId",
          },
        ],
      ));

    it("a brought key without client ID for the created registry, and zones missing for created dependencies", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b7",
            args({
              customerManagedKey: { ...broughtKey, userAssignedIdentityClientId: undefined },
              privateEndpoint: privateEndpointWithZones(
                ...amlZones,
                "privatelink.vaultcore.azure.net",
              ),
              diagnosticSettings: undefined as never,
            }),
          ),
        [
          {
            propertyPath: "customerManagedKey.userAssignedIdentityClientId",
            reason: "is required",
          },
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.blob.core.windows.net"]',
            reason: "is required for the blob private endpoint",
          },
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.file.core.windows.net"]',
            reason: "is required for the file private endpoint",
          },
          {
            propertyPath: 'privateEndpoint.privateDnsZoneResourceIds["privatelink.azurecr.io"]',
            reason: "is required for the registry private endpoint",
          },
          { propertyPath: "diagnosticSettings", reason: "is required" },
        ],
      ));

    it("a workspace endpoint without the notebooks zone", () =>
      assertInputErrors(
        () =>
          new PrivateMlWorkspace(
            "b8",
            args({
              ...brought,
              userAssignedIdentityPrincipalId: broughtPrincipal,
              customerManagedKey: broughtKey,
              privateEndpoint: privateEndpointWithZones("privatelink.api.azureml.ms"),
            }),
          ),
        [
          {
            propertyPath:
              'privateEndpoint.privateDnsZoneResourceIds["privatelink.notebooks.azure.net"]',
            reason: "is required for the amlworkspace private endpoint",
          },
        ],
      ));
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMlMocks(true);
    });
    beforeEach(() => preview.reset());
    after(async () => {
      mocks = await useMlMocks();
    });

    it("knows managedNetwork, encryption and identity, with every dependency and a rule target created in the same run", async () => {
      const { CmkStorageAccount } = await import("../../../components/storage");
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("pvdata", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
      });
      const data = new CmkStorageAccount("pvdata", {
        resourceGroupName: rg,
        customerManagedKey: key.customerManagedKey,
        privateEndpoint: privateEndpointWithZones(
          "privatelink.blob.core.windows.net",
          "privatelink.file.core.windows.net",
        ),
        diagnosticSettings: diagnostics,
      });
      new PrivateMlWorkspace(
        "pv",
        args({
          outboundRules: {
            data: {
              type: "PrivateEndpoint",
              serviceResourceId: data.resourceId,
              subresourceTarget: "blob",
            },
            pypi: { type: "FQDN", destination: "pypi.org" },
          },
        }),
      );
      await settle();
      const i = preview.one(T.workspace).inputs;
      assert.deepStrictEqual(
        unknownPaths({
          managedNetwork: i.managedNetwork,
          encryption: i.encryption,
          identity: i.identity,
          primaryUserAssignedIdentity: i.primaryUserAssignedIdentity,
          publicNetworkAccess: i.publicNetworkAccess,
          systemDatastoresAuthMode: i.systemDatastoresAuthMode,
          storageAccount: i.storageAccount,
          keyVault: i.keyVault,
          containerRegistry: i.containerRegistry,
          applicationInsights: i.applicationInsights,
        }),
        [],
      );
      assert.strictEqual(i.managedNetwork.isolationMode, "AllowOnlyApprovedOutbound");
      assert.strictEqual(
        i.managedNetwork.outboundRules.data.destination.serviceResourceId,
        `${group}/providers/Microsoft.Storage/storageAccounts/${
          preview.one("azure-native:storage:StorageAccount", "pvdata-account").inputs.accountName
        }`,
      );
      assert.strictEqual(i.encryption.status, "Enabled");
      // The random suffix is known only after the first deployment; no security input uses it.
      assert.deepStrictEqual(unknownPaths({ workspaceName: i.workspaceName }), ["workspaceName"]);
      const registry = preview.one("azure-native:containerregistry:Registry").inputs;
      assert.deepStrictEqual(
        unknownPaths({ n: registry.networkRuleSet, p: registry.policies }),
        [],
      );
      const account = preview.one(
        "azure-native:storage:StorageAccount",
        "pv-storage-account",
      ).inputs;
      assert.deepStrictEqual(
        unknownPaths({ e: account.encryption, n: account.networkRuleSet }),
        [],
      );
    });

    it("knows the workspace name and ID at preview when the name is fixed", async () => {
      const ws = new PrivateMlWorkspace("pvfixed", args({ workspaceName: "mlw-pvfixed" }));
      await settle();
      assert.strictEqual(preview.one(T.workspace).inputs.workspaceName, "mlw-pvfixed");
      assert.strictEqual(
        await unwrap(ws.resourceId),
        `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-pvfixed`,
      );
    });
  });
});
