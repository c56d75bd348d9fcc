import type { WafPolicy } from "../../lib";
import { amlComputeInstanceIdleShutdown } from "./computeInstanceIdleShutdown";
import { amlComputeLocalAuthDisabled } from "./computeLocalAuthDisabled";
import { amlComputeNoPublicIp } from "./computeNoPublicIp";
import { amlComputeNoPublicSsh } from "./computeNoPublicSsh";
import { amlComputeVirtualNetwork } from "./computeVirtualNetwork";
import { amlDeploymentAllowedInstanceTypes } from "./deploymentAllowedInstanceTypes";
import { amlDeploymentAppInsights } from "./deploymentAppInsights";
import { amlDeploymentDataCollection } from "./deploymentDataCollection";
import { amlDeploymentDataCollectionMinimized } from "./deploymentDataCollectionMinimized";
import { amlDeploymentEgressDisabled } from "./deploymentEgressDisabled";
import { amlDeploymentHealthProbes } from "./deploymentHealthProbes";
import { amlDeploymentMinInstances } from "./deploymentMinInstances";
import { amlDeploymentModelMonitor } from "./deploymentModelMonitor";
import { amlEndpointPublicNetworkAccessDisabled } from "./endpointPublicNetworkAccessDisabled";
import { amlEndpointTokenAuth } from "./endpointTokenAuth";
import { amlExtensionInternalLoadBalancer } from "./extensionInternalLoadBalancer";
import { amlExtensionTrustedAccess } from "./extensionTrustedAccess";
import { amlRegistryPublicNetworkAccessDisabled } from "./registryPublicNetworkAccessDisabled";
import { amlRegistryStorageZoneRedundant } from "./registryStorageZoneRedundant";
import { amlTrainingComputeIdleScaleDown } from "./trainingComputeIdleScaleDown";
import { amlTrainingComputeLowPriority } from "./trainingComputeLowPriority";
import { amlTrainingComputeScaleToZero } from "./trainingComputeScaleToZero";
import { amlWorkspaceCmkEncryption } from "./workspaceCmkEncryption";
import { amlWorkspaceHbi } from "./workspaceHbi";
import { amlWorkspaceHbiStoragePrivate } from "./workspaceHbiStoragePrivate";
import { amlWorkspaceIdentityDatastores } from "./workspaceIdentityDatastores";
import { amlWorkspaceManagedNetworkIsolation } from "./workspaceManagedNetworkIsolation";
import { amlWorkspacePublicNetworkAccessDisabled } from "./workspacePublicNetworkAccessDisabled";
import { amlWorkspaceUserAssignedIdentity } from "./workspaceUserAssignedIdentity";

/**
 * Azure Machine Learning workspace, compute, online endpoint and deployment rules, and the rules on
 * the Azure Machine Learning extension of an AKS cluster with its Trusted Access binding.
 */
export const mlRules: WafPolicy[] = [
  amlWorkspacePublicNetworkAccessDisabled,
  amlWorkspaceManagedNetworkIsolation,
  amlWorkspaceCmkEncryption,
  amlWorkspaceIdentityDatastores,
  amlWorkspaceHbi,
  amlWorkspaceHbiStoragePrivate,
  amlWorkspaceUserAssignedIdentity,
  amlRegistryPublicNetworkAccessDisabled,
  amlRegistryStorageZoneRedundant,
  amlComputeLocalAuthDisabled,
  amlComputeVirtualNetwork,
  amlComputeNoPublicIp,
  amlComputeNoPublicSsh,
  amlTrainingComputeLowPriority,
  amlTrainingComputeScaleToZero,
  amlTrainingComputeIdleScaleDown,
  amlComputeInstanceIdleShutdown,
  amlEndpointTokenAuth,
  amlEndpointPublicNetworkAccessDisabled,
  amlDeploymentMinInstances,
  amlDeploymentHealthProbes,
  amlDeploymentAppInsights,
  amlDeploymentEgressDisabled,
  amlDeploymentAllowedInstanceTypes,
  amlDeploymentDataCollection,
  amlDeploymentDataCollectionMinimized,
  amlDeploymentModelMonitor,
  amlExtensionInternalLoadBalancer,
  amlExtensionTrustedAccess,
];
