import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import { statefulOptions, Tags } from "../common";
import { systemPoolProfile } from "./agentPools";
import {
  addonProfiles,
  apiServerAccessProfile,
  networkProfile,
  securityProfile,
} from "./clusterProfiles";
import { clusterIgnoreChanges } from "./pools";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/** What the managed cluster takes from the children created before it. */
export interface ManagedClusterDeps {
  tenantId: pulumi.Input<string>;
  /** The control plane's user-assigned identity. */
  identityResourceId: pulumi.Input<string>;
  /** Undefined with platform-managed disk keys. */
  diskEncryptionSetId: pulumi.Input<string> | undefined;
  /** Role assignments the control plane needs when the cluster is created. */
  dependsOn: pulumi.Resource[];
}

/** The AKS cluster: Entra ID with Azure RBAC only, private, with the system pool inline. */
export function createManagedCluster(
  name: string,
  args: ResolvedInferenceClusterArgs,
  deps: ManagedClusterDeps,
  tags: Tags,
  parent: pulumi.Resource,
): containerservice.ManagedCluster {
  return new containerservice.ManagedCluster(
    `${name}-cluster`,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      resourceName: args.clusterName,
      dnsPrefix: args.dnsPrefix,
      kubernetesVersion: args.kubernetesVersion,
      sku: { name: "Base", tier: args.skuTier },
      supportPlan: "KubernetesOfficial",
      identity: { type: "UserAssigned", userAssignedIdentities: [deps.identityResourceId] },
      aadProfile: {
        managed: true,
        enableAzureRBAC: true,
        tenantID: deps.tenantId,
        adminGroupObjectIDs: args.adminGroupObjectIds,
      },
      enableRBAC: true,
      disableLocalAccounts: true,
      apiServerAccessProfile: apiServerAccessProfile(args),
      networkProfile: networkProfile(args),
      securityProfile: securityProfile(args),
      oidcIssuerProfile: { enabled: true },
      addonProfiles: addonProfiles(args),
      autoUpgradeProfile: {
        upgradeChannel: args.upgradeChannel,
        nodeOSUpgradeChannel: args.nodeOSUpgradeChannel,
      },
      autoScalerProfile: { balanceSimilarNodeGroups: "true", expander: "least-waste" },
      diskEncryptionSetID: deps.diskEncryptionSetId,
      agentPoolProfiles: [systemPoolProfile(args)],
      tags,
    },
    statefulOptions(parent, args.protect, {
      dependsOn: deps.dependsOn,
      ignoreChanges: clusterIgnoreChanges(args.versionsMoveUnderAzure),
    }),
  );
}
