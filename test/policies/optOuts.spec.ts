/**
 * Every documented opt-out that weakens security, reliability or cost control is visible to the
 * pack, and the supported modes that do not weaken anything are not. Each row builds a component
 * under the mock runtime with one opt-out (or mode), runs the whole pack over what it registered
 * (resource options included), and asserts exactly which policies it adds, at which level,
 * compared with the same component built with its defaults.
 */
import * as assert from "assert";
import type * as pulumi from "@pulumi/pulumi";
import { InferenceCluster } from "../../components/aks";
import { Bastion, EgressFirewall, VirtualHubConnection } from "../../components/hub";
import {
  AiFoundry,
  PrivateCosmosDb,
  PrivateOpenAi,
  PrivateOpenAiArgs,
  PrivateSearch,
} from "../../components/genai";
import {
  AuthenticatedEndpoint,
  BlueGreenDeployment,
  PrivateContainerRegistry,
  PrivateMlRegistry,
  PrivateMlWorkspace,
  SlotArgs,
} from "../../components/ml";
import { TrainingCluster } from "../../components/ml/mlops";
import { CostGuardrails, Observability } from "../../components/monitoring";
import { EncryptionKey, KeyVault } from "../../components/security";
import { CmkStorageAccount } from "../../components/storage";
import { clusterArgs } from "../components/aks/clusterFixtures";
import { diagnostics, group, hub, ids, privateEndpointWithZones, rg } from "../helpers/fixtures";
import { analyze, Finding, PackCapture, PackRunOptions } from "../helpers/packInProcess";

const cmk = {
  keyVaultResourceId: ids.vault,
  keyName: "cmk",
  userAssignedIdentityResourceId: ids.identity,
  userAssignedIdentityClientId: "0b6c1f3e-2a4d-4c5e-8f7a-9b0c1d2e3f4a",
};
const pinned = { ...cmk, keyVersion: "0123456789abcdef0123456789abcdef" };
const ranges = { publicNetworkAccess: "Enabled" as const, allowedIpRanges: ["203.0.113.0/24"] };
const workspaceId = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`;
const storageId = `${group}/providers/Microsoft.Storage/storageAccounts/stailz`;
const PROD: PackRunOptions = { stackTags: { environment: "prod" } };

const slot = (weight: number, extra: Partial<SlotArgs> = {}): SlotArgs => ({
  model: "azureml:fraud-model:3",
  environmentId: "azureml:sklearn-env:2",
  codeConfiguration: { codeId: "azureml:score-code:1", scoringScript: "score.py" },
  weight,
  ...extra,
});

/** A component built with defaults, and the opt-outs to compare with it. */
interface Group {
  component: string;
  build: (extra: Record<string, unknown>, opts: pulumi.ComponentResourceOptions) => unknown;
  /** Pack settings of every run of this group. */
  run?: PackRunOptions;
  rows: Row[];
}

interface Row {
  /** The opt-out, as the component's documentation names it. */
  optOut: string;
  args: Record<string, unknown>;
  /** Policies the opt-out adds, each with its level. */
  expect: Record<string, "mandatory" | "advisory">;
  run?: PackRunOptions;
}

const openAiArgs = (extra: Record<string, unknown>): PrivateOpenAiArgs => ({
  resourceGroupName: rg,
  customerManagedKey: cmk,
  privateEndpoint: privateEndpointWithZones("privatelink.openai.azure.com"),
  diagnosticSettings: diagnostics,
  deployments: [{ name: "chat", modelName: "gpt-4o", modelVersion: "2024-11-20", capacity: 30 }],
  ...extra,
});

const groups: Group[] = [
  {
    component: "AiFoundry",
    build: (extra, opts) =>
      new AiFoundry(
        "optout",
        {
          resourceGroupName: rg,
          customerManagedKey: cmk,
          privateEndpoint: privateEndpointWithZones(
            "privatelink.cognitiveservices.azure.com",
            "privatelink.openai.azure.com",
            "privatelink.services.ai.azure.com",
          ),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "disableLocalAuth: false",
        args: { disableLocalAuth: false },
        expect: { "ai-account-local-auth-disabled": "mandatory" },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled" with allowedIpRanges',
        args: ranges,
        expect: { "ai-account-public-network-access-disabled": "mandatory" },
      },
      {
        optOut: "restrictOutboundNetworkAccess: false",
        args: { restrictOutboundNetworkAccess: false },
        expect: { "ai-account-outbound-restricted": "advisory" },
      },
    ],
  },
  {
    component: "PrivateSearch",
    build: (extra, opts) =>
      new PrivateSearch(
        "optout",
        {
          resourceGroupName: rg,
          privateEndpoint: privateEndpointWithZones("privatelink.search.windows.net"),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "supported: sharedPrivateLinks, a user-assigned identity, skuName standard2",
        args: {
          skuName: "standard2",
          managedIdentities: { userAssignedResourceIds: [ids.identity] },
          sharedPrivateLinks: [{ name: "st", privateLinkResourceId: storageId, groupId: "blob" }],
        },
        expect: {},
      },
      {
        optOut: "disableLocalAuth: false",
        args: { disableLocalAuth: false },
        expect: { "search-local-auth-disabled": "mandatory" },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled" with allowedIpRanges',
        args: ranges,
        expect: { "search-public-network-access-disabled": "mandatory" },
      },
      {
        optOut: "enforceCustomerManagedKey: false",
        args: { enforceCustomerManagedKey: false },
        expect: { "search-cmk-enforced": "advisory" },
      },
      {
        optOut: "replicaCount below 3",
        args: { replicaCount: 2 },
        expect: { "search-replica-count": "advisory" },
      },
      {
        optOut: "managedIdentities: { systemAssigned: false }",
        args: { managedIdentities: { systemAssigned: false } },
        expect: { "search-managed-identity": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
    ],
  },
  {
    component: "PrivateCosmosDb",
    build: (extra, opts) =>
      new PrivateCosmosDb(
        "optout",
        {
          resourceGroupName: rg,
          location: "westeurope",
          customerManagedKey: cmk,
          privateEndpoint: privateEndpointWithZones("privatelink.documents.azure.com"),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'supported: failoverLocations, continuousBackupTier "Continuous7Days"',
        args: { failoverLocations: ["northeurope"], continuousBackupTier: "Continuous7Days" },
        expect: {},
      },
      {
        optOut: "disableLocalAuth: false",
        args: { disableLocalAuth: false },
        expect: { "cosmos-local-auth-disabled": "mandatory" },
      },
      {
        optOut: "disableKeyBasedMetadataWriteAccess: false",
        args: { disableKeyBasedMetadataWriteAccess: false },
        expect: { "cosmos-key-based-metadata-write-disabled": "mandatory" },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled" with allowedIpRanges',
        args: ranges,
        expect: { "cosmos-public-network-access-disabled": "mandatory" },
      },
      {
        optOut: "zoneRedundant: false",
        args: { zoneRedundant: false },
        expect: { "cosmos-zone-redundant": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
    ],
  },
  {
    component: "KeyVault",
    build: (extra, opts) =>
      new KeyVault(
        "optout",
        {
          resourceGroupName: rg,
          privateEndpoint: privateEndpointWithZones("privatelink.vaultcore.azure.net"),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'skuName: "standard"',
        args: { skuName: "standard" },
        expect: { "key-vault-premium-sku": "advisory" },
      },
      {
        optOut: "softDeleteRetentionInDays: 7",
        args: { softDeleteRetentionInDays: 7 },
        expect: { "key-vault-soft-delete-retention": "advisory" },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled" with allowedIpRanges',
        args: ranges,
        expect: { "key-vault-no-public-network-access": "mandatory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "EncryptionKey",
    build: (extra, opts) =>
      new EncryptionKey(
        "optout",
        {
          resourceGroupName: rg,
          keyVaultResourceId: ids.vault,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "supported: keySize 4096 and a brought identity",
        args: {
          keySize: 4096,
          userAssignedIdentityResourceId: ids.identity,
          userAssignedIdentityPrincipalId: "9a1b2c3d-0000-4000-8000-000000000001",
        },
        expect: {},
      },
      {
        optOut: 'keyType: "RSA" (a software-protected key, for a standard vault)',
        args: { keyType: "RSA" },
        expect: { "key-vault-key-hsm-backed": "advisory" },
      },
      {
        optOut: 'rotateAfter: "P18M" (beyond the longest rotation, P1Y by default)',
        args: { rotateAfter: "P18M" },
        expect: { "key-vault-key-rotation-policy": "advisory" },
      },
      {
        optOut: 'expiresAfter: "P3Y" (beyond the longest validity, P2Y by default)',
        args: { expiresAfter: "P3Y" },
        expect: { "key-vault-key-expiration": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "CmkStorageAccount",
    build: (extra, opts) =>
      new CmkStorageAccount(
        "optout",
        {
          resourceGroupName: rg,
          customerManagedKey: cmk,
          privateEndpoint: privateEndpointWithZones(
            "privatelink.blob.core.windows.net",
            "privatelink.file.core.windows.net",
          ),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut:
          'supported: skuName "Standard_GZRS", privateEndpointServices ["blob"], malwareScanningCapGbPerMonth 20000',
        args: {
          skuName: "Standard_GZRS",
          privateEndpointServices: ["blob"],
          malwareScanningCapGbPerMonth: 20000,
        },
        expect: {},
      },
      {
        optOut: "requireInfrastructureEncryption: false",
        args: { requireInfrastructureEncryption: false },
        expect: { "storage-account-infrastructure-encryption": "advisory" },
      },
      {
        optOut: "allowSharedKeyAccess: true",
        args: { allowSharedKeyAccess: true },
        // Shared keys also sign account SAS tokens, whose lifetime is then unbounded.
        expect: {
          "storage-account-no-shared-key": "mandatory",
          "storage-account-sas-expiration-policy": "advisory",
        },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled" with allowedIpRanges',
        args: ranges,
        expect: { "storage-account-no-public-network-access": "mandatory" },
      },
      {
        optOut: 'skuName: "Standard_LRS"',
        args: { skuName: "Standard_LRS" },
        expect: { "storage-account-zone-redundant": "advisory" },
      },
      {
        optOut: "softDeleteRetentionInDays: 1",
        args: { softDeleteRetentionInDays: 1 },
        // The retention covers blobs, containers and file shares alike.
        expect: {
          "storage-blob-soft-delete": "advisory",
          "storage-file-share-soft-delete": "advisory",
        },
      },
      {
        optOut: "customerManagedKey.keyVersion (a pinned key version)",
        args: { customerManagedKey: pinned },
        expect: { "storage-account-cmk-encryption": "advisory" },
      },
      {
        optOut: "enableDefender: false",
        args: { enableDefender: false },
        expect: { "storage-defender-enabled": "advisory" },
      },
      {
        optOut: "lifecycle: { enabled: false }",
        args: { lifecycle: { enabled: false } },
        expect: { "storage-blob-versions-lifecycle": "advisory" },
      },
      {
        optOut: "supported: data rules and immutable audit containers",
        args: {
          lifecycle: {
            dataRules: [{ name: "inferencedata", prefixes: ["inference-data/"] }],
            immutableContainers: [{ name: "audit", retentionDays: 365 }],
          },
        },
        expect: {},
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        // No service logs its data access either.
        expect: { "diagnostics-required": "advisory", "storage-services-logged": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "PrivateContainerRegistry",
    build: (extra, opts) =>
      new PrivateContainerRegistry(
        "optout",
        {
          resourceGroupName: rg,
          customerManagedKey: cmk,
          privateEndpoint: privateEndpointWithZones("privatelink.azurecr.io"),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'supported: networkRuleBypassOptions "None", soft delete instead of retention',
        args: { networkRuleBypassOptions: "None", softDeleteRetentionInDays: 7 },
        expect: {},
      },
      {
        optOut: 'zoneRedundancy: "Disabled"',
        args: { zoneRedundancy: "Disabled" },
        expect: { "acr-zone-redundant": "advisory" },
      },
      {
        optOut: "customerManagedKey.keyVersion (a pinned key version)",
        args: { customerManagedKey: pinned },
        expect: { "acr-cmk-encryption": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "PrivateMlRegistry",
    build: (extra, opts) =>
      new PrivateMlRegistry(
        "optout",
        {
          resourceGroupName: rg,
          location: "westeurope",
          privateEndpoint: privateEndpointWithZones(
            "privatelink.api.azureml.ms",
            "privatelink.notebooks.azure.net",
          ),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "supported: replica regions, publishers and readers",
        args: {
          replicaLocations: ["northeurope"],
          publishers: [{ key: "dev", principalId: "11111111-1111-1111-1111-111111111111" }],
          readers: [{ key: "prod", principalId: "22222222-2222-2222-2222-222222222222" }],
        },
        expect: {},
      },
      {
        optOut: 'publicNetworkAccess: "Enabled"',
        args: { publicNetworkAccess: "Enabled" },
        expect: { "aml-registry-public-network-access-disabled": "mandatory" },
      },
      {
        optOut: "a storageAccountType without zone redundancy",
        args: { storageAccountType: "Standard_LRS" },
        expect: { "aml-registry-storage-zone-redundant": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "PrivateMlWorkspace",
    build: (extra, opts) =>
      new PrivateMlWorkspace(
        "optout",
        {
          resourceGroupName: rg,
          location: "westeurope",
          workspaceName: "mlw-optout",
          privateEndpoint: privateEndpointWithZones(
            "privatelink.api.azureml.ms",
            "privatelink.notebooks.azure.net",
            "privatelink.vaultcore.azure.net",
            "privatelink.blob.core.windows.net",
            "privatelink.file.core.windows.net",
            "privatelink.azurecr.io",
          ),
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'isolationMode: "AllowInternetOutbound"',
        args: { isolationMode: "AllowInternetOutbound" },
        expect: { "aml-workspace-managed-network-isolation": "mandatory" },
      },
      {
        optOut: "hbiWorkspace: false",
        args: { hbiWorkspace: false },
        expect: { "aml-workspace-hbi": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        // The workspace's own storage account logs no data access either.
        expect: { "diagnostics-required": "advisory", "storage-services-logged": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "TrainingCluster",
    build: (extra, opts) =>
      new TrainingCluster(
        "optout",
        {
          resourceGroupName: rg,
          workspaceName: "mlw-ailz",
          storageAccountResourceId: storageId,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'supported: storageAccess "ReadOnly"',
        args: { storageAccess: "ReadOnly" },
        expect: {},
      },
      {
        optOut: 'vmPriority: "Dedicated"',
        args: { vmPriority: "Dedicated" },
        expect: { "aml-training-compute-low-priority": "advisory" },
      },
      {
        optOut: "minNodeCount: 1",
        args: { minNodeCount: 1 },
        expect: { "aml-training-compute-scale-to-zero": "advisory" },
      },
    ],
  },
  {
    component: "AuthenticatedEndpoint",
    build: (extra, opts) =>
      new AuthenticatedEndpoint(
        "optout",
        {
          workspaceName: "mlw-ailz",
          resourceGroupName: rg,
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'authMode: "Key" with allowKeyAuth: true',
        args: { authMode: "Key", allowKeyAuth: true },
        expect: { "aml-endpoint-token-auth": "mandatory" },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled"',
        args: { publicNetworkAccess: "Enabled" },
        expect: { "aml-endpoint-public-network-access-disabled": "mandatory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
    ],
  },
  {
    component: "BlueGreenDeployment (production stack)",
    run: PROD,
    build: (extra, opts) => {
      const ep = new AuthenticatedEndpoint(
        "optout-ep",
        {
          machineLearningWorkspaceResourceId: workspaceId,
          endpointName: "ep-optout",
          diagnosticSettings: diagnostics,
        },
        opts,
      );
      const { blue, ...rest } = extra as { blue?: Partial<SlotArgs> };
      return new BlueGreenDeployment(
        "optout",
        {
          endpoint: ep.target,
          blue: slot(100, blue),
          green: slot(0),
          ...rest,
        },
        opts,
      );
    },
    rows: [
      {
        optOut: "scale.minInstances: 1",
        args: { blue: { scale: { minInstances: 1, maxInstances: 3 } } },
        expect: { "aml-deployment-min-instances": "advisory" },
      },
      {
        optOut: "dataCollection: { enabled: false }",
        args: { blue: { dataCollection: { enabled: false } } },
        expect: { "aml-deployment-data-collection": "mandatory" },
      },
      {
        optOut: "dataCollection.captureHeaders",
        args: { blue: { dataCollection: { captureHeaders: ["X-Client-Ip"] } } },
        expect: { "aml-deployment-data-collection-minimized": "advisory" },
      },
      {
        optOut: "dataCollection.collectRawPayloads: true",
        args: { blue: { dataCollection: { collectRawPayloads: true } } },
        expect: { "aml-deployment-data-collection-minimized": "advisory" },
      },
      {
        optOut: 'instanceType outside the allowed sizes ("Standard_NC24ads_A100_v4")',
        args: { blue: { instanceType: "Standard_NC24ads_A100_v4" } },
        expect: { "aml-deployment-allowed-instance-types": "advisory" },
      },
    ],
  },
  {
    component: "InferenceCluster",
    build: (extra, opts) => new InferenceCluster("optout", clusterArgs(extra), opts),
    rows: [
      {
        optOut: 'supported: outboundType "userAssignedNATGateway" with a NAT gateway',
        args: {
          outboundType: "userAssignedNATGateway",
          routeTableResourceId: undefined,
          natGatewayResourceId: `${group}/providers/Microsoft.Network/natGateways/ng-egress`,
        },
        expect: {},
      },
      {
        optOut:
          'supported: networkPolicy "azure", skuTier "Premium", nodeOSUpgradeChannel "SecurityPatch"',
        args: { networkPolicy: "azure", skuTier: "Premium", nodeOSUpgradeChannel: "SecurityPatch" },
        expect: {},
      },
      {
        optOut: "supported: diskEncryptionSetResourceId (a brought disk encryption set)",
        args: {
          diskEncryptionKey: undefined,
          diskEncryptionSetResourceId: `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-aks`,
        },
        expect: {},
      },
      {
        optOut: "platformManagedDiskKeys: true",
        args: { diskEncryptionKey: undefined, platformManagedDiskKeys: true },
        expect: { "aks-disk-encryption-set": "advisory" },
      },
      {
        optOut: "disableRunCommand: false",
        args: { disableRunCommand: false },
        expect: { "aks-run-command-disabled": "advisory" },
      },
      {
        optOut: "enableEncryptionAtHost: false",
        args: { enableEncryptionAtHost: false },
        expect: { "aks-encryption-at-host": "advisory" },
      },
      {
        optOut: "enableDefender: false",
        args: { enableDefender: false },
        expect: { "aks-defender-enabled": "advisory" },
      },
      {
        optOut: "allowInsecureConnections: true (instead of inferenceRouterTls)",
        args: { allowInsecureConnections: true, inferenceRouterTls: undefined },
        expect: { "aks-inference-router-tls": "mandatory" },
      },
      {
        optOut: "inferenceRouterHA: false",
        args: { inferenceRouterHA: false },
        expect: { "aks-inference-router-ha": "advisory" },
      },
      {
        optOut: "isolateInferencePool: false (the inference pool isolated by label only)",
        args: { isolateInferencePool: false },
        expect: { "aks-inference-pool-isolated": "advisory" },
      },
      {
        optOut: "enableAzurePolicy: false (with isolateInferencePool: false)",
        args: { enableAzurePolicy: false, isolateInferencePool: false },
        expect: {
          "aks-azure-policy-addon": "advisory",
          "aks-inference-pool-isolated": "advisory",
        },
      },
      {
        optOut: 'systemPool.osDiskType: "Managed"',
        args: { systemPool: { osDiskType: "Managed" } },
        expect: { "aks-ephemeral-os-disk": "advisory" },
      },
      {
        optOut: 'upgradeChannel: "none"',
        args: { upgradeChannel: "none" },
        expect: { "aks-auto-upgrade": "advisory" },
      },
      {
        optOut: 'systemPool.availabilityZones: ["1"]',
        args: { systemPool: { availabilityZones: ["1"] } },
        expect: { "aks-pool-availability-zones": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        // Neither the audit logs nor the control plane's platform logs are collected either.
        expect: {
          "diagnostics-required": "advisory",
          "aks-audit-logs": "advisory",
          "aks-platform-logs": "advisory",
        },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "Observability",
    build: (extra, opts) => {
      const ep = new AuthenticatedEndpoint(
        "optout-ep",
        {
          workspaceName: "mlw-ailz",
          resourceGroupName: rg,
          endpointName: "ep-optout",
          diagnosticSettings: diagnostics,
        },
        opts,
      );
      return new Observability(
        "optout",
        {
          resourceGroupName: rg,
          actionGroup: { emailReceivers: [{ name: "ops", emailAddress: "ops@example.com" }] },
          alerts: { onlineEndpoints: { endpointResourceIds: { main: ep.resourceId } } },
          ...extra,
        },
        opts,
      );
    },
    rows: [
      {
        optOut: "supported: privateLinkScopeResourceId (ingestion and query then private)",
        args: {
          privateLinkScopeResourceId: `${group}/providers/microsoft.insights/privateLinkScopes/ampls`,
        },
        expect: {},
      },
      {
        optOut: "disableLocalAuth: false",
        args: { disableLocalAuth: false },
        expect: { "monitoring-local-auth-disabled": "advisory" },
      },
      {
        optOut: "retentionInDays: 30",
        args: { retentionInDays: 30 },
        expect: { "log-analytics-retention": "advisory" },
      },
      {
        optOut:
          'publicNetworkAccessForIngestion / ForQuery: "Enabled" with privateLinkScopeResourceId',
        args: {
          privateLinkScopeResourceId: `${group}/providers/microsoft.insights/privateLinkScopes/ampls`,
          publicNetworkAccessForIngestion: "Enabled",
        },
        expect: { "monitoring-private-link-only": "advisory" },
      },
      {
        optOut: "alerts (leaving out the endpoint's alerts)",
        args: { alerts: {} },
        expect: { "stack-has-alerts": "advisory" },
      },
      {
        optOut: "diagnosticSettings: [] (the workspace's own audit logs)",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "CostGuardrails",
    build: (extra, opts) =>
      new CostGuardrails(
        "optout",
        {
          resourceGroupName: rg,
          amount: 1000,
          contactEmails: ["finops@example.com"],
          tags: { "cost-center": "cc", owner: "team", environment: "dev" },
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "supported: notifications to an action group instead of e-mails",
        args: {
          contactEmails: undefined,
          actionGroupResourceId: `${group}/providers/Microsoft.Insights/actionGroups/ag-ops`,
        },
        expect: {},
      },
      {
        optOut: "actualThresholds above 100% ([110])",
        args: { actualThresholds: [110] },
        expect: { "stack-has-budget": "advisory" },
      },
      {
        optOut: "actualThresholds: [] (forecast only)",
        args: { actualThresholds: [] },
        expect: { "stack-has-budget": "advisory" },
      },
    ],
  },
  {
    component: "PrivateOpenAi",
    build: (extra, opts) => new PrivateOpenAi("optout", openAiArgs(extra), opts),
    rows: [
      {
        optOut: 'supported: kind "AIServices", allowedFqdnList, stricter Low thresholds',
        args: {
          kind: "AIServices",
          allowedFqdnList: ["srch-ailz.search.windows.net"],
          contentFilter: { hate: { prompt: "Low", completion: "Low" } },
        },
        expect: {},
      },
      {
        optOut: "disableLocalAuth: false",
        args: { disableLocalAuth: false },
        expect: { "ai-account-local-auth-disabled": "mandatory" },
      },
      {
        optOut: 'publicNetworkAccess: "Enabled" with allowedIpRanges',
        args: ranges,
        expect: { "ai-account-public-network-access-disabled": "mandatory" },
      },
      {
        optOut: "restrictOutboundNetworkAccess: false",
        args: { restrictOutboundNetworkAccess: false },
        expect: { "ai-account-outbound-restricted": "advisory" },
      },
      {
        optOut: "customerManagedKey.keyVersion (a pinned key version)",
        args: { customerManagedKey: pinned },
        expect: { "ai-account-cmk-encryption": "advisory" },
      },
      {
        optOut: 'contentFilter.hate.prompt: "High"',
        args: { contentFilter: { hate: { prompt: "High" } } },
        expect: { "openai-content-filter-harm-categories": "mandatory" },
      },
      {
        optOut: 'contentFilter.violence.completion: "Off"',
        args: { contentFilter: { violence: { completion: "Off" } } },
        expect: { "openai-content-filter-harm-categories": "mandatory" },
      },
      {
        optOut: 'contentFilter.mode: "Asynchronous_filter"',
        args: { contentFilter: { mode: "Asynchronous_filter" } },
        expect: { "openai-content-filter-harm-categories": "mandatory" },
      },
      {
        optOut: 'contentFilter.jailbreak: "Annotate"',
        args: { contentFilter: { jailbreak: "Annotate" } },
        expect: { "openai-content-filter-prompt-shields": "mandatory" },
      },
      {
        optOut: 'contentFilter.indirectAttack: "Off"',
        args: { contentFilter: { indirectAttack: "Off" } },
        expect: { "openai-content-filter-prompt-shields": "mandatory" },
      },
      {
        optOut: 'contentFilter.protectedMaterialCode: "Annotate"',
        args: { contentFilter: { protectedMaterialCode: "Annotate" } },
        expect: { "openai-content-filter-protected-material": "advisory" },
      },
      {
        optOut: 'deployments[].versionUpgradeOption: "OnceNewDefaultVersionAvailable"',
        args: {
          deployments: [
            {
              name: "chat",
              modelName: "gpt-4o",
              modelVersion: "2024-11-20",
              capacity: 30,
              versionUpgradeOption: "OnceNewDefaultVersionAvailable",
            },
          ],
        },
        expect: { "openai-deployment-version-pinned": "advisory" },
      },
      {
        optOut:
          "privateEndpoint.policyManagedDns: true (without the pack's policy-managed setting)",
        args: {
          privateEndpoint: { subnetResourceId: ids.subnet, policyManagedDns: true },
        },
        expect: { "private-endpoint-dns-zone-group": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
      {
        optOut: "protect: false",
        args: { protect: false },
        expect: { "stateful-resources-protected": "advisory" },
      },
    ],
  },
  {
    component: "EgressFirewall",
    build: (extra, opts) =>
      new EgressFirewall(
        "optout",
        {
          resourceGroupName: rg,
          sourceAddressPrefixes: ["10.42.0.0/16"],
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: 'tier: "Standard"',
        args: { tier: "Standard" },
        expect: { "firewall-policy-idps-deny": "advisory" },
      },
      {
        optOut: "natGateway: false",
        args: { natGateway: false },
        expect: { "firewall-subnet-nat-gateway": "advisory" },
      },
      {
        optOut: "diagnosticSettings: []",
        args: { diagnosticSettings: [] },
        expect: { "diagnostics-required": "advisory" },
      },
      {
        optOut: "allowedFqdns (a supported mode)",
        args: { allowedFqdns: ["pypi.org"] },
        expect: {},
      },
    ],
  },
  {
    component: "VirtualHubConnection",
    build: (extra, opts) =>
      new VirtualHubConnection(
        "optout",
        {
          virtualHubResourceId: `${hub}/providers/Microsoft.Network/virtualHubs/vhub-weu`,
          spokeVirtualNetworkResourceId: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "enableInternetSecurity: false",
        args: { enableInternetSecurity: false },
        expect: { "hub-connection-internet-security": "advisory" },
      },
    ],
  },
  {
    component: "Bastion",
    build: (extra, opts) =>
      new Bastion(
        "optout",
        {
          resourceGroupName: rg,
          virtualNetworkResourceId: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`,
          subnetPrefix: "10.42.3.0/26",
          diagnosticSettings: diagnostics,
          ...extra,
        },
        opts,
      ),
    rows: [
      {
        optOut: "enableTunneling: true (a supported mode)",
        args: { enableTunneling: true },
        expect: {},
      },
    ],
  },
];

describe("every documented opt-out is visible to the pack", function () {
  this.timeout(60_000);
  const capture = new PackCapture();
  before(() => capture.install());

  const key = (f: Finding) => `${f.policy}|${f.level}|${f.urn}|${f.message}`;

  for (const g of groups) {
    describe(g.component, () => {
      let baseline: Set<string>;
      before(async () => {
        baseline = new Set(
          analyze(await capture.build((opts) => g.build({}, opts)), g.run).map(key),
        );
      });

      for (const row of g.rows) {
        const raises = Object.keys(row.expect);
        const title = raises.length === 0 ? "adds no finding" : `raises ${raises.join(", ")}`;
        it(`${row.optOut} ${title}`, async () => {
          const run = { ...g.run, ...row.run };
          const resources = await capture.build((opts) => g.build(row.args, opts));
          const added = analyze(resources, run).filter((f) => !baseline.has(key(f)));
          const levels: Record<string, string> = {};
          for (const f of added) {
            levels[f.policy] =
              levels[f.policy] === undefined || levels[f.policy] === f.level ? f.level : "mixed";
          }
          assert.deepStrictEqual(
            levels,
            row.expect,
            added.map((f) => `${f.policy}: ${f.message}`).join("\n"),
          );
        });
      }
    });
  }
});
