/**
 * Every rule that judges a boolean input, fed its secure value, the opposite, `null` and values of
 * the wrong type. The secure boolean passes and the other one is reported; `null` means what an
 * unset input means (Azure's default decides); a string or number is never taken for the secure
 * boolean, since azure-native does not coerce it: it is reported.
 */
import * as assert from "assert";
import { T, WafResourcePolicy } from "../../../policies/lib";
import { aiAccountLocalAuthDisabled } from "../../../policies/rules/cognitiveservices/accountLocalAuthDisabled";
import { aiAccountOutboundRestricted } from "../../../policies/rules/cognitiveservices/accountOutboundRestricted";
import { openaiContentFilterHarmCategories } from "../../../policies/rules/cognitiveservices/contentFilterHarmCategories";
import { acrAdminUserDisabled } from "../../../policies/rules/containerregistry/adminUserDisabled";
import { acrAnonymousPullDisabled } from "../../../policies/rules/containerregistry/anonymousPullDisabled";
import { keyVaultPurgeProtection } from "../../../policies/rules/keyvault/purgeProtection";
import { keyVaultRbacAuthorization } from "../../../policies/rules/keyvault/rbacAuthorization";
import { keyVaultSoftDeleteRetention } from "../../../policies/rules/keyvault/softDeleteRetention";
import { aksAzurePolicyAddon } from "../../../policies/rules/aks/azurePolicyAddon";
import { aksDefenderEnabled } from "../../../policies/rules/aks/defenderEnabled";
import { aksEncryptionAtHost } from "../../../policies/rules/aks/encryptionAtHost";
import { aksEntraAzureRbac } from "../../../policies/rules/aks/entraAzureRbac";
import { aksLocalAccountsDisabled } from "../../../policies/rules/aks/localAccountsDisabled";
import { aksNodePublicIpDisabled } from "../../../policies/rules/aks/nodePublicIpDisabled";
import { aksPoolAutoscaling } from "../../../policies/rules/aks/poolAutoscaling";
import { aksPrivateCluster } from "../../../policies/rules/aks/privateCluster";
import { aksRunCommandDisabled } from "../../../policies/rules/aks/runCommandDisabled";
import { aksWorkloadIdentity } from "../../../policies/rules/aks/workloadIdentity";
import { amlComputeLocalAuthDisabled } from "../../../policies/rules/ml/computeLocalAuthDisabled";
import { amlComputeNoPublicIp } from "../../../policies/rules/ml/computeNoPublicIp";
import { amlDeploymentAppInsights } from "../../../policies/rules/ml/deploymentAppInsights";
import { amlWorkspaceHbi } from "../../../policies/rules/ml/workspaceHbi";
import { amlWorkspacePublicNetworkAccessDisabled } from "../../../policies/rules/ml/workspacePublicNetworkAccessDisabled";
import { hubConnectionInternetSecurity } from "../../../policies/rules/network/hubConnectionInternetSecurity";
import { diagnosticsMetricsEnabled } from "../../../policies/rules/monitor/diagnosticsMetricsEnabled";
import { monitoringLocalAuthDisabled } from "../../../policies/rules/monitor/monitoringLocalAuthDisabled";
import { storageBlobSoftDelete } from "../../../policies/rules/storage/blobSoftDelete";
import { storageBlobVersioning } from "../../../policies/rules/storage/blobVersioning";
import { storageAccountHttpsOnly } from "../../../policies/rules/storage/accountHttpsOnly";
import { storageAccountInfrastructureEncryption } from "../../../policies/rules/storage/accountInfrastructureEncryption";
import { storageAccountNoBlobPublicAccess } from "../../../policies/rules/storage/accountNoBlobPublicAccess";
import { storageAccountNoCrossTenantReplication } from "../../../policies/rules/storage/accountNoCrossTenantReplication";
import { storageAccountNoLocalUsers } from "../../../policies/rules/storage/accountNoLocalUsers";
import { storageAccountNoSharedKey } from "../../../policies/rules/storage/accountNoSharedKey";
import { cosmosKeyBasedMetadataWriteDisabled } from "../../../policies/rules/cosmosdb/keyBasedMetadataWriteDisabled";
import { cosmosLocalAuthDisabled } from "../../../policies/rules/cosmosdb/localAuthDisabled";
import { cosmosZoneRedundant } from "../../../policies/rules/cosmosdb/zoneRedundant";
import { searchLocalAuthDisabled } from "../../../policies/rules/search/localAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../helpers/policyArgs";
import { compliantAccount as cosmosAccount } from "./cosmosdb/fixtures";
import { compliantService as searchService } from "./search/fixtures";
import { compliantCluster as aksCluster } from "./aks/fixtures";
import { compliantAccount, compliantRaiPolicy } from "./cognitiveservices/fixtures";
import { compliantRegistry } from "./containerregistry/fixtures";
import { vault } from "./keyvault/fixtures";
import {
  compliantCluster as amlCluster,
  compliantDeployment,
  compliantWorkspace,
} from "./ml/fixtures";
import { blobService, storageAccount } from "./storage/fixtures";

type Path = readonly (string | number)[];

interface BooleanInput {
  rule: WafResourcePolicy;
  type: string;
  baseline: () => Record<string, any>;
  path: Path;
  secure: boolean;
  /** Whether Azure's default for an unset (or null) input is the secure value. */
  unsetIsSecure: boolean;
}

/** A deep copy of `props` with the value at `path` replaced. */
function withValue(props: Record<string, any>, path: Path, value: unknown): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(props)) as Record<string, any>;
  let at: any = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1]] = value;
  return copy;
}

const diagnosticSetting = () => ({
  resourceUri: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv",
  workspaceId:
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log",
  logs: [{ categoryGroup: "allLogs", enabled: true }],
  metrics: [{ category: "AllMetrics", enabled: true }],
});
const logWorkspace = () => ({ workspaceName: "log", features: { disableLocalAuth: true } });

const inputs: BooleanInput[] = [
  {
    rule: searchLocalAuthDisabled,
    type: T.searchService,
    baseline: searchService,
    path: ["disableLocalAuth"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: cosmosLocalAuthDisabled,
    type: T.cosmosAccount,
    baseline: cosmosAccount,
    path: ["disableLocalAuth"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: cosmosKeyBasedMetadataWriteDisabled,
    type: T.cosmosAccount,
    baseline: cosmosAccount,
    path: ["disableKeyBasedMetadataWriteAccess"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    // PrivateCosmosDb's zoneRedundant becomes each region's isZoneRedundant.
    rule: cosmosZoneRedundant,
    type: T.cosmosAccount,
    baseline: cosmosAccount,
    path: ["locations", 0, "isZoneRedundant"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: storageAccountHttpsOnly,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["enableHttpsTrafficOnly"],
    secure: true,
    unsetIsSecure: true,
  },
  {
    rule: storageAccountNoBlobPublicAccess,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["allowBlobPublicAccess"],
    secure: false,
    unsetIsSecure: false,
  },
  {
    rule: storageAccountNoSharedKey,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["allowSharedKeyAccess"],
    secure: false,
    unsetIsSecure: false,
  },
  {
    rule: storageAccountNoCrossTenantReplication,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["allowCrossTenantReplication"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: storageAccountNoLocalUsers,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["isLocalUserEnabled"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: storageAccountNoLocalUsers,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["isSftpEnabled"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: storageAccountInfrastructureEncryption,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["encryption", "requireInfrastructureEncryption"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: storageBlobVersioning,
    type: T.blobServiceProperties,
    baseline: blobService,
    path: ["isVersioningEnabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: storageBlobSoftDelete,
    type: T.blobServiceProperties,
    baseline: blobService,
    path: ["deleteRetentionPolicy", "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: keyVaultRbacAuthorization,
    type: T.vault,
    baseline: vault,
    path: ["properties", "enableRbacAuthorization"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: keyVaultPurgeProtection,
    type: T.vault,
    baseline: vault,
    path: ["properties", "enablePurgeProtection"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: keyVaultSoftDeleteRetention,
    type: T.vault,
    baseline: vault,
    path: ["properties", "enableSoftDelete"],
    secure: true,
    unsetIsSecure: true,
  },
  {
    rule: acrAdminUserDisabled,
    type: T.registry,
    baseline: compliantRegistry,
    path: ["adminUserEnabled"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: acrAnonymousPullDisabled,
    type: T.registry,
    baseline: compliantRegistry,
    path: ["anonymousPullEnabled"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: aksPrivateCluster,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["apiServerAccessProfile", "enablePrivateCluster"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksRunCommandDisabled,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["apiServerAccessProfile", "disableRunCommand"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksLocalAccountsDisabled,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["disableLocalAccounts"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksEntraAzureRbac,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["enableRBAC"],
    secure: true,
    unsetIsSecure: true,
  },
  {
    rule: aksEntraAzureRbac,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["aadProfile", "managed"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksEntraAzureRbac,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["aadProfile", "enableAzureRBAC"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksDefenderEnabled,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["securityProfile", "defender", "securityMonitoring", "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksWorkloadIdentity,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["oidcIssuerProfile", "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksWorkloadIdentity,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["securityProfile", "workloadIdentity", "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksAzurePolicyAddon,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["addonProfiles", "azurepolicy", "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksNodePublicIpDisabled,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["agentPoolProfiles", 0, "enableNodePublicIP"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: aksEncryptionAtHost,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["agentPoolProfiles", 0, "enableEncryptionAtHost"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aksPoolAutoscaling,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["agentPoolProfiles", 0, "enableAutoScaling"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aiAccountLocalAuthDisabled,
    type: T.aiAccount,
    baseline: compliantAccount,
    path: ["properties", "disableLocalAuth"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: aiAccountOutboundRestricted,
    type: T.aiAccount,
    baseline: compliantAccount,
    path: ["properties", "restrictOutboundNetworkAccess"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: openaiContentFilterHarmCategories,
    type: T.raiPolicy,
    baseline: compliantRaiPolicy,
    path: ["properties", "contentFilters", 0, "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: amlComputeLocalAuthDisabled,
    type: T.mlCompute,
    baseline: amlCluster,
    path: ["properties", "disableLocalAuth"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: amlComputeNoPublicIp,
    type: T.mlCompute,
    baseline: amlCluster,
    path: ["properties", "properties", "enableNodePublicIp"],
    secure: false,
    unsetIsSecure: false,
  },
  {
    rule: amlWorkspaceHbi,
    type: T.mlWorkspace,
    baseline: compliantWorkspace,
    path: ["hbiWorkspace"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: amlWorkspacePublicNetworkAccessDisabled,
    type: T.mlWorkspace,
    baseline: compliantWorkspace,
    path: ["allowPublicAccessWhenBehindVnet"],
    secure: false,
    unsetIsSecure: true,
  },
  {
    rule: amlDeploymentAppInsights,
    type: T.mlOnlineDeployment,
    baseline: compliantDeployment,
    path: ["properties", "appInsightsEnabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: diagnosticsMetricsEnabled,
    type: "azure-native:monitor:DiagnosticSetting",
    baseline: diagnosticSetting,
    path: ["metrics", 0, "enabled"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: monitoringLocalAuthDisabled,
    type: T.logAnalyticsWorkspace,
    baseline: logWorkspace,
    path: ["features", "disableLocalAuth"],
    secure: true,
    unsetIsSecure: false,
  },
  {
    rule: hubConnectionInternetSecurity,
    type: T.hubVirtualNetworkConnection,
    baseline: () => ({ virtualHubName: "vhub", enableInternetSecurity: true }),
    path: ["enableInternetSecurity"],
    secure: true,
    unsetIsSecure: false,
  },
];

describe("boolean inputs: secure, insecure, null and wrongly typed values", () => {
  it("covers every rule that judges a boolean input", () => assert.strictEqual(inputs.length, 42));

  for (const input of inputs) {
    const { rule, type, baseline, path, secure, unsetIsSecure } = input;
    const at = path.join(".");
    const run = (value: unknown) =>
      messages(runResourcePolicy(rule, type, withValue(baseline(), path, value)));

    describe(`${rule.name}: ${at}`, () => {
      it(`passes ${secure}`, () => assert.deepStrictEqual(run(secure), []));

      it(`reports ${!secure}`, () => assert.strictEqual(run(!secure).length, 1));

      it(`treats null as unset (${unsetIsSecure ? "Azure's secure default" : "reported"})`, () =>
        assert.strictEqual(run(null).length, unsetIsSecure ? 0 : 1));

      it("reports a string or a number, even one that reads as the secure value", () => {
        for (const wrong of [String(secure), String(!secure), secure ? 1 : 0]) {
          assert.strictEqual(run(wrong).length, 1, JSON.stringify(wrong));
        }
      });

      it("is skipped at preview when the value is unknown", () =>
        assert.match(
          runResourcePolicy(rule, type, withValue(baseline(), path, UNKNOWN)).unknown ?? "",
          /can't be known during preview$/,
        ));
    });
  }
});
