import type { WafPolicy } from "../../lib";
import { amlExtensionInternalLoadBalancer } from "./amlExtensionInternalLoadBalancer";
import { amlExtensionTrustedAccess } from "./amlExtensionTrustedAccess";
import { auditAdminOnly } from "./auditAdminOnly";
import { auditLogs } from "./auditLogs";
import { authorizedIpRanges } from "./authorizedIpRanges";
import { autoUpgrade } from "./autoUpgrade";
import { azureCni } from "./azureCni";
import { azurePolicyAddon } from "./azurePolicyAddon";
import { clusterNamesValid } from "./clusterNamesValid";
import { containerInsights } from "./containerInsights";
import { dashboardDisabled } from "./dashboardDisabled";
import { defenderEnabled } from "./defenderEnabled";
import { diskEncryptionSet } from "./diskEncryptionSet";
import { encryptionAtHost } from "./encryptionAtHost";
import { entraAzureRbac } from "./entraAzureRbac";
import { ephemeralOsDisk } from "./ephemeralOsDisk";
import { gpuPoolScaleToZero } from "./gpuPoolScaleToZero";
import { httpApplicationRoutingDisabled } from "./httpApplicationRoutingDisabled";
import { keyVaultSecretsProvider } from "./keyVaultSecretsProvider";
import { kubernetesVersion } from "./kubernetesVersion";
import { inferenceRouterHa } from "./inferenceRouterHa";
import { inferenceRouterTls } from "./inferenceRouterTls";
import { localAccountsDisabled } from "./localAccountsDisabled";
import { maintenanceWindows } from "./maintenanceWindows";
import { managedIdentity } from "./managedIdentity";
import { monitoringEnabled } from "./monitoringEnabled";
import { networkPolicy } from "./networkPolicy";
import { nodePublicIpDisabled } from "./nodePublicIpDisabled";
import { platformLogs } from "./platformLogs";
import { poolAutoscaling } from "./poolAutoscaling";
import { poolAvailabilityZones } from "./poolAvailabilityZones";
import { poolMaxPods } from "./poolMaxPods";
import { poolScaleSets } from "./poolScaleSets";
import { poolVersionMatches } from "./poolVersionMatches";
import { privateCluster } from "./privateCluster";
import { runCommandDisabled } from "./runCommandDisabled";
import { slaTier } from "./slaTier";
import { standardLoadBalancer } from "./standardLoadBalancer";
import { systemPoolMinNodes } from "./systemPoolMinNodes";
import { systemPoolTaint } from "./systemPoolTaint";
import { trainingPoolSpot } from "./trainingPoolSpot";
import { userPoolMinNodes } from "./userPoolMinNodes";
import { workloadIdentity } from "./workloadIdentity";

/**
 * AKS cluster rules, node pool rules over inline agentPoolProfiles and AgentPool resources, and
 * rules on what the zone puts next to a cluster: diagnostic settings, maintenance windows and the
 * Azure Machine Learning extension with its Trusted Access binding.
 */
export const aksRules: WafPolicy[] = [
  privateCluster,
  authorizedIpRanges,
  runCommandDisabled,
  localAccountsDisabled,
  entraAzureRbac,
  managedIdentity,
  workloadIdentity,
  networkPolicy,
  azureCni,
  standardLoadBalancer,
  defenderEnabled,
  azurePolicyAddon,
  keyVaultSecretsProvider,
  dashboardDisabled,
  httpApplicationRoutingDisabled,
  diskEncryptionSet,
  monitoringEnabled,
  containerInsights,
  auditLogs,
  platformLogs,
  auditAdminOnly,
  slaTier,
  autoUpgrade,
  maintenanceWindows,
  kubernetesVersion,
  poolVersionMatches,
  clusterNamesValid,
  nodePublicIpDisabled,
  encryptionAtHost,
  systemPoolTaint,
  systemPoolMinNodes,
  userPoolMinNodes,
  poolAvailabilityZones,
  poolAutoscaling,
  poolScaleSets,
  poolMaxPods,
  ephemeralOsDisk,
  trainingPoolSpot,
  gpuPoolScaleToZero,
  amlExtensionInternalLoadBalancer,
  amlExtensionTrustedAccess,
  inferenceRouterTls,
  inferenceRouterHa,
];
