import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { createIdentity, createRoleAssignments, RoleAssignmentArgs, Tags } from "../common";
import type { ResolvedInferenceClusterArgs } from "./resolve";

export interface ControlPlaneIdentity {
  identity: managedidentity.UserAssignedIdentity;
  identityResourceId: pulumi.Output<string>;
  /** The role assignments the cluster must wait for. */
  networkRoles: authorization.RoleAssignment[];
}

/**
 * The cluster's user-assigned control-plane identity and its network roles. A user-assigned
 * identity exists before the cluster, so its roles are in place when AKS first joins the subnets
 * (and writes to a brought DNS zone); a system-assigned one would only exist afterwards.
 */
export function createControlPlaneIdentity(
  name: string,
  args: ResolvedInferenceClusterArgs,
  subscriptionId: pulumi.Input<string>,
  tags: Tags,
  parent: pulumi.Resource,
): ControlPlaneIdentity {
  const { identity, resourceId: identityResourceId } = createIdentity(
    name,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      subscriptionId,
      nameBase: `${name}-aks`,
      tags,
    },
    parent,
  );
  const controlPlane = (role: string, key: string): RoleAssignmentArgs => ({
    roleDefinitionIdOrName: role,
    principalId: identity.principalId,
    principalType: "ServicePrincipal",
    key,
  });
  // Nodes join both subnets, and internal load balancers take addresses in the system subnet
  // (the cluster's default); the control plane needs Network Contributor on both.
  const networkRoles = [
    ...createRoleAssignments(
      name,
      "subnet-system",
      args.systemSubnetResourceId,
      [controlPlane("Network Contributor", "control-plane")],
      { parent },
    ),
    ...createRoleAssignments(
      name,
      "subnet-inference",
      args.inferenceSubnetResourceId,
      [controlPlane("Network Contributor", "control-plane")],
      { parent },
    ),
  ];
  const privateDnsZone = args.privateDnsZone;
  if (privateDnsZone !== "system") {
    // A brought zone: AKS writes the API server's record and links the zone to the VNet.
    networkRoles.push(
      ...createRoleAssignments(
        name,
        "api-dns-zone",
        privateDnsZone,
        [controlPlane("Private DNS Zone Contributor", "control-plane")],
        { parent },
      ),
      ...createRoleAssignments(
        name,
        "vnet",
        pulumi
          .output(args.systemSubnetResourceId)
          .apply((id) => id.replace(/\/subnets\/[^/]+$/i, "")),
        [controlPlane("Network Contributor", "control-plane")],
        { parent },
      ),
    );
  }
  return { identity, identityResourceId, networkRoles };
}
