import type { WafPolicy } from "../../lib";
import { computeInstanceIdleShutdown } from "./computeInstanceIdleShutdown";
import { computeLocalAuthDisabled } from "./computeLocalAuthDisabled";
import { computeNoPublicIp } from "./computeNoPublicIp";
import { computeNoPublicSsh } from "./computeNoPublicSsh";
import { computeVirtualNetwork } from "./computeVirtualNetwork";
import { deploymentAllowedInstanceTypes } from "./deploymentAllowedInstanceTypes";
import { deploymentAppInsights } from "./deploymentAppInsights";
import { deploymentDataCollection } from "./deploymentDataCollection";
import { deploymentEgressDisabled } from "./deploymentEgressDisabled";
import { deploymentHealthProbes } from "./deploymentHealthProbes";
import { deploymentMinInstances } from "./deploymentMinInstances";
import { deploymentModelMonitor } from "./deploymentModelMonitor";
import { endpointPublicNetworkAccessDisabled } from "./endpointPublicNetworkAccessDisabled";
import { endpointTokenAuth } from "./endpointTokenAuth";
import { trainingComputeIdleScaleDown } from "./trainingComputeIdleScaleDown";
import { trainingComputeLowPriority } from "./trainingComputeLowPriority";
import { trainingComputeScaleToZero } from "./trainingComputeScaleToZero";
import { workspaceCmkEncryption } from "./workspaceCmkEncryption";
import { workspaceHbiStoragePrivate } from "./workspaceHbiStoragePrivate";
import { workspaceHighBusinessImpact } from "./workspaceHighBusinessImpact";
import { workspaceIdentityDatastores } from "./workspaceIdentityDatastores";
import { workspaceManagedNetworkIsolation } from "./workspaceManagedNetworkIsolation";
import { workspacePublicNetworkAccessDisabled } from "./workspacePublicNetworkAccessDisabled";
import { workspaceUserAssignedIdentity } from "./workspaceUserAssignedIdentity";
import { deploymentDataCollectionMinimized } from "./deploymentDataCollectionMinimized";

/** Azure Machine Learning workspace, compute, online endpoint and deployment rules. */
export const mlRules: WafPolicy[] = [
  workspacePublicNetworkAccessDisabled,
  workspaceManagedNetworkIsolation,
  workspaceCmkEncryption,
  workspaceIdentityDatastores,
  workspaceHighBusinessImpact,
  workspaceHbiStoragePrivate,
  workspaceUserAssignedIdentity,
  computeLocalAuthDisabled,
  computeVirtualNetwork,
  computeNoPublicIp,
  computeNoPublicSsh,
  trainingComputeLowPriority,
  trainingComputeScaleToZero,
  trainingComputeIdleScaleDown,
  computeInstanceIdleShutdown,
  endpointTokenAuth,
  endpointPublicNetworkAccessDisabled,
  deploymentMinInstances,
  deploymentHealthProbes,
  deploymentAppInsights,
  deploymentEgressDisabled,
  deploymentAllowedInstanceTypes,
  deploymentDataCollection,
  deploymentDataCollectionMinimized,
  deploymentModelMonitor,
];
