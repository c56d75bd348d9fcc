import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import type { Tags } from "../common";
import { inferencePoolTaint, systemPoolTaint } from "./args";
import { agentPoolIgnoreChanges } from "./pools";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/**
 * The system pool, the only pool declared inline: changing inline pools rescales every pool and
 * removing one leaves it in Azure (pulumi-azure-native #579, #2719, #4264, #1686).
 */
export function systemPoolProfile(args: ResolvedInferenceClusterArgs) {
  const system = args.pools.system;
  return {
    name: system.name,
    mode: "System",
    type: "VirtualMachineScaleSets",
    vmSize: system.vmSize,
    osType: "Linux",
    osSKU: system.osSKU,
    osDiskType: system.osDiskType,
    osDiskSizeGB: system.osDiskSizeGB,
    count: system.minCount,
    enableAutoScaling: true,
    minCount: system.minCount,
    maxCount: system.maxCount,
    availabilityZones: system.availabilityZones,
    maxPods: system.maxPods,
    nodeTaints: [systemPoolTaint],
    enableNodePublicIP: false,
    enableEncryptionAtHost: args.enableEncryptionAtHost,
    scaleSetPriority: "Regular",
    vnetSubnetID: args.systemSubnetResourceId,
    orchestratorVersion: args.kubernetesVersion,
    upgradeSettings: { maxSurge: system.maxSurge },
  };
}

/**
 * The inference pool as an AgentPool of its own, on its own subnet: Azure ML's pods are pinned to
 * it by label, and its taint keeps other pods off it unless isolation is opted out of.
 */
export function createInferencePool(
  name: string,
  args: ResolvedInferenceClusterArgs,
  tags: Tags,
  cluster: containerservice.ManagedCluster,
  parent: pulumi.Resource,
): containerservice.AgentPool {
  const inference = args.pools.inference;
  return new containerservice.AgentPool(
    `${name}-pool-inference`,
    {
      resourceGroupName: args.resourceGroupName,
      resourceName: args.clusterName,
      agentPoolName: inference.name,
      mode: "User",
      type: "VirtualMachineScaleSets",
      vmSize: inference.vmSize,
      osType: "Linux",
      osSKU: inference.osSKU,
      osDiskType: inference.osDiskType,
      osDiskSizeGB: inference.osDiskSizeGB,
      count: inference.minCount,
      enableAutoScaling: true,
      minCount: inference.minCount,
      maxCount: inference.maxCount,
      availabilityZones: inference.availabilityZones,
      maxPods: inference.maxPods,
      nodeLabels: inference.nodeLabels,
      // Azure ML's pods get the matching toleration from the pool isolation's mutation.
      nodeTaints: args.isolateInferencePool ? [inferencePoolTaint] : [],
      enableNodePublicIP: false,
      enableEncryptionAtHost: args.enableEncryptionAtHost,
      scaleSetPriority: "Regular",
      vnetSubnetID: args.inferenceSubnetResourceId,
      orchestratorVersion: args.kubernetesVersion,
      upgradeSettings: { maxSurge: inference.maxSurge },
      tags,
    },
    {
      parent,
      dependsOn: [cluster],
      ignoreChanges: agentPoolIgnoreChanges(args.versionsMoveUnderAzure),
    },
  );
}
