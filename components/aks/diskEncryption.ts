import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as compute from "@pulumi/azure-native/compute";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { createRoleAssignments, defaultName, knownResourceId, Tags } from "../common";
import { InferenceClusterArgs } from "./args";

export interface NodeDiskEncryption {
  /** The set the cluster names in `diskEncryptionSetID`; undefined with platform-managed keys. */
  diskEncryptionSetId: pulumi.Input<string> | undefined;
  /** The control plane's grant on the set, which the cluster must wait for. */
  grants: authorization.RoleAssignment[];
}

/**
 * The disk encryption set behind the nodes' customer-managed key: created from
 * `diskEncryptionKey`, or brought. The set reads the key with the key's own user-assigned
 * identity (already granted "Key Vault Crypto Service Encryption User"), starts from the key's
 * current version and moves to each new version by itself. AKS's control plane reads the set
 * when it creates node and persistent-volume disks, so its identity gets Reader on the set
 * before the cluster is created.
 */
export function createNodeDiskEncryption(
  name: string,
  args: InferenceClusterArgs,
  controlPlane: managedidentity.UserAssignedIdentity,
  subscriptionId: pulumi.Input<string>,
  tags: Tags,
  parent: pulumi.Resource,
): NodeDiskEncryption {
  let setId: pulumi.Input<string> | undefined = args.diskEncryptionSetResourceId;
  const key = args.diskEncryptionKey;
  if (key !== undefined) {
    const setName = defaultName("diskEncryptionSet", name);
    const set = new compute.DiskEncryptionSet(
      `${name}-des`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        diskEncryptionSetName: setName,
        encryptionType: "EncryptionAtRestWithCustomerKey",
        identity: {
          type: "UserAssigned",
          userAssignedIdentities: [key.userAssignedIdentityResourceId],
        },
        activeKey: {
          keyUrl: key.keyUrlWithVersion,
          sourceVault: { id: key.keyVaultResourceId },
        },
        rotationToLatestKeyVersionEnabled: true,
        tags,
      },
      { parent },
    );
    setId = knownResourceId(
      set,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.Compute/diskEncryptionSets",
      setName,
    );
  }
  if (setId === undefined) return { diskEncryptionSetId: undefined, grants: [] };
  const grants = createRoleAssignments(
    name,
    "disk-encryption-set",
    setId,
    [
      {
        roleDefinitionIdOrName: "Reader",
        principalId: controlPlane.principalId,
        principalType: "ServicePrincipal",
        key: "control-plane",
      },
    ],
    { parent },
  );
  return { diskEncryptionSetId: setId, grants };
}
