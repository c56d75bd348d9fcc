import * as pulumi from "@pulumi/pulumi";
import { builtInRoleIds } from "../../policies/facts";
import { RoleAssignmentArgs } from "../common";

/**
 * "AzureML Registry User" lets a principal read and publish assets (models, environments,
 * components, data) in an Azure ML registry without managing the registry itself: "Can perform
 * all actions on Machine Learning Services Registry assets as well as get Registry resources."
 * "Reader" reads them.
 * https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/ai-machine-learning#azureml-registry-user
 */
export const registryRoles = builtInRoleIds(["AzureML Registry User", "Reader"]);

/** A workspace (or other) identity that reads from or publishes to the registry. */
export interface RegistryPrincipalArgs {
  /**
   * Required. A stable key for the role assignment's logical name, e.g. `dev-workspace`; the
   * principal ID is usually an Output, and names must be known before deployment.
   */
  key: string;
  /** Required. The object ID of the identity, e.g. `PrivateMlWorkspace.identityPrincipalId`. */
  principalId: pulumi.Input<string>;
  /** @default "ServicePrincipal" */
  principalType?: "ServicePrincipal" | "Group" | "User";
}

/**
 * The narrowest built-in roles on the registry: publishers (the dev workspace and its training
 * compute) get "AzureML Registry User", which reads and writes assets; readers (the prod
 * workspace and its endpoints) get "Reader", whose `*\/read` covers
 * `Microsoft.MachineLearningServices/registries/assets/read` and nothing that writes. Neither can
 * change the registry's network settings, regions or role assignments.
 */
export function registryRoleAssignments(
  publishers: readonly RegistryPrincipalArgs[],
  readers: readonly RegistryPrincipalArgs[],
): RoleAssignmentArgs[] {
  const assign = (role: string, what: string) => (p: RegistryPrincipalArgs) => ({
    roleDefinitionIdOrName: role,
    principalId: p.principalId,
    principalType: p.principalType ?? "ServicePrincipal",
    key: `${what}-${p.key}`,
    description: `Azure ML registry ${what}: ${p.key}`,
  });
  return [
    ...publishers.map(assign(registryRoles["AzureML Registry User"], "publisher")),
    ...readers.map(assign(registryRoles.Reader, "reader")),
  ];
}
