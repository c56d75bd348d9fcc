import type { WafPolicy } from "../../lib";
import { aksAuditAdminOnly } from "./auditAdminOnly";
import { aksAuditLogs } from "./auditLogs";
import { aksAuthorizedIpRanges } from "./authorizedIpRanges";
import { aksAutoUpgrade } from "./autoUpgrade";
import { aksAzureCni } from "./azureCni";
import { aksAzurePolicyAddon } from "./azurePolicyAddon";
import { aksClusterNamesValid } from "./clusterNamesValid";
import { aksContainerInsights } from "./containerInsights";
import { aksDashboardDisabled } from "./dashboardDisabled";
import { aksDefenderEnabled } from "./defenderEnabled";
import { aksDiskEncryptionSet } from "./diskEncryptionSet";
import { aksEncryptionAtHost } from "./encryptionAtHost";
import { aksEntraAzureRbac } from "./entraAzureRbac";
import { aksEphemeralOsDisk } from "./ephemeralOsDisk";
import { aksGpuPoolScaleToZero } from "./gpuPoolScaleToZero";
import { aksHttpApplicationRoutingDisabled } from "./httpApplicationRoutingDisabled";
import { aksInferencePoolIsolated } from "./inferencePoolIsolated";
import { aksInferenceRouterHa } from "./inferenceRouterHa";
import { aksInferenceRouterTls } from "./inferenceRouterTls";
import { aksKeyVaultSecretsProvider } from "./keyVaultSecretsProvider";
import { aksKubernetesVersion } from "./kubernetesVersion";
import { aksLocalAccountsDisabled } from "./localAccountsDisabled";
import { aksMaintenanceWindows } from "./maintenanceWindows";
import { aksManagedIdentity } from "./managedIdentity";
import { aksMonitoringEnabled } from "./monitoringEnabled";
import { aksNetworkPolicy } from "./networkPolicy";
import { aksNodePublicIpDisabled } from "./nodePublicIpDisabled";
import { aksPlatformLogs } from "./platformLogs";
import { aksPoolAutoscaling } from "./poolAutoscaling";
import { aksPoolAvailabilityZones } from "./poolAvailabilityZones";
import { aksPoolMaxPods } from "./poolMaxPods";
import { aksPoolScaleSets } from "./poolScaleSets";
import { aksPoolVersionMatches } from "./poolVersionMatches";
import { aksPrivateCluster } from "./privateCluster";
import { aksRunCommandDisabled } from "./runCommandDisabled";
import { aksSlaTier } from "./slaTier";
import { aksStandardLoadBalancer } from "./standardLoadBalancer";
import { aksSystemPoolMinNodes } from "./systemPoolMinNodes";
import { aksSystemPoolTaint } from "./systemPoolTaint";
import { aksTrainingPoolSpot } from "./trainingPoolSpot";
import { aksUserPoolMinNodes } from "./userPoolMinNodes";
import { aksWorkloadIdentity } from "./workloadIdentity";

/**
 * AKS cluster rules, node pool rules over inline agentPoolProfiles and AgentPool resources, and
 * rules on what the zone puts next to a cluster: diagnostic settings, maintenance windows and the
 * inference router of the Azure Machine Learning extension.
 */
export const aksRules: WafPolicy[] = [
  aksPrivateCluster,
  aksAuthorizedIpRanges,
  aksRunCommandDisabled,
  aksLocalAccountsDisabled,
  aksEntraAzureRbac,
  aksManagedIdentity,
  aksWorkloadIdentity,
  aksNetworkPolicy,
  aksAzureCni,
  aksStandardLoadBalancer,
  aksDefenderEnabled,
  aksAzurePolicyAddon,
  aksKeyVaultSecretsProvider,
  aksDashboardDisabled,
  aksHttpApplicationRoutingDisabled,
  aksDiskEncryptionSet,
  aksMonitoringEnabled,
  aksContainerInsights,
  aksAuditLogs,
  aksPlatformLogs,
  aksAuditAdminOnly,
  aksSlaTier,
  aksAutoUpgrade,
  aksMaintenanceWindows,
  aksKubernetesVersion,
  aksPoolVersionMatches,
  aksClusterNamesValid,
  aksNodePublicIpDisabled,
  aksEncryptionAtHost,
  aksSystemPoolTaint,
  aksSystemPoolMinNodes,
  aksUserPoolMinNodes,
  aksPoolAvailabilityZones,
  aksPoolAutoscaling,
  aksPoolScaleSets,
  aksPoolMaxPods,
  aksEphemeralOsDisk,
  aksTrainingPoolSpot,
  aksGpuPoolScaleToZero,
  aksInferenceRouterTls,
  aksInferenceRouterHa,
  aksInferencePoolIsolated,
];
