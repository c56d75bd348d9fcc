import type { WafPolicy } from "../../lib";
import { authorizedIpRanges } from "./authorizedIpRanges";
import { autoUpgrade } from "./autoUpgrade";
import { azurePolicyAddon } from "./azurePolicyAddon";
import { defenderEnabled } from "./defenderEnabled";
import { encryptionAtHost } from "./encryptionAtHost";
import { entraAzureRbac } from "./entraAzureRbac";
import { ephemeralOsDisk } from "./ephemeralOsDisk";
import { gpuPoolScaleToZero } from "./gpuPoolScaleToZero";
import { inferenceRouterHa } from "./inferenceRouterHa";
import { inferenceRouterTls } from "./inferenceRouterTls";
import { localAccountsDisabled } from "./localAccountsDisabled";
import { managedIdentity } from "./managedIdentity";
import { monitoringEnabled } from "./monitoringEnabled";
import { networkPolicy } from "./networkPolicy";
import { nodePublicIpDisabled } from "./nodePublicIpDisabled";
import { poolAutoscaling } from "./poolAutoscaling";
import { poolAvailabilityZones } from "./poolAvailabilityZones";
import { privateCluster } from "./privateCluster";
import { runCommandDisabled } from "./runCommandDisabled";
import { slaTier } from "./slaTier";
import { systemPoolMinNodes } from "./systemPoolMinNodes";
import { systemPoolTaint } from "./systemPoolTaint";
import { trainingPoolSpot } from "./trainingPoolSpot";
import { workloadIdentity } from "./workloadIdentity";

/** AKS cluster rules, and node pool rules over inline agentPoolProfiles and AgentPool resources. */
export const aksRules: WafPolicy[] = [
  privateCluster,
  authorizedIpRanges,
  runCommandDisabled,
  localAccountsDisabled,
  entraAzureRbac,
  managedIdentity,
  workloadIdentity,
  networkPolicy,
  defenderEnabled,
  azurePolicyAddon,
  monitoringEnabled,
  slaTier,
  autoUpgrade,
  nodePublicIpDisabled,
  encryptionAtHost,
  systemPoolTaint,
  systemPoolMinNodes,
  poolAvailabilityZones,
  poolAutoscaling,
  ephemeralOsDisk,
  trainingPoolSpot,
  gpuPoolScaleToZero,
  inferenceRouterTls,
  inferenceRouterHa,
];
