import * as pulumi from "@pulumi/pulumi";
import { builtInRoleIds } from "../../policies/facts";
import { builtInRoles, RoleAssignmentArgs } from "../common";

/** Built-in roles the workspace identity needs that `builtInRoles` does not list, by GUID. */
export const workspaceDependencyRoles = builtInRoleIds([
  "Storage Account Contributor",
  "Key Vault Contributor",
  "Application Insights Component Contributor",
]);

/** The scopes the workspace identity works on. */
export type DependencyScope = "storage" | "vault" | "registry" | "appInsights";

/**
 * The roles a user-assigned workspace identity needs on each dependency, with the reason for each.
 *
 * Azure ML documents, for a user-assigned workspace identity, "Contributor" (control plane) on
 * storage, vault, registry and Application Insights, plus "Storage Blob Data Contributor" and
 * "Key Vault Administrator" (data plane):
 * https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication#user-assigned-managed-identity
 * The landing zone grants no broad "Contributor" (the pack's rbac-no-broad-privileged-roles rule),
 * so each is narrowed to the service's own contributor role. Identity-based datastores
 * (`systemDatastoresAuthMode: Identity`, storage without shared keys) also need file-share access:
 * https://learn.microsoft.com/azure/machine-learning/how-to-disable-local-auth-storage
 * The managed network approves its private endpoints to the dependencies with the identity:
 * https://learn.microsoft.com/azure/machine-learning/how-to-managed-network#configure-for-user-assigned-managed-identity
 * A private registry cannot be reached by ACR Tasks, so images are built on compute and pushed
 * with AcrPush; Application Insights has local auth off, so telemetry needs Monitoring Metrics Publisher.
 */
export const workspaceIdentityRoles: Record<DependencyScope, readonly string[]> = {
  storage: [
    workspaceDependencyRoles["Storage Account Contributor"],
    builtInRoles["Storage Blob Data Contributor"],
    builtInRoles["Storage File Data Privileged Contributor"],
    builtInRoles["Azure AI Enterprise Network Connection Approver"],
  ],
  vault: [
    workspaceDependencyRoles["Key Vault Contributor"],
    builtInRoles["Key Vault Administrator"],
    builtInRoles["Azure AI Enterprise Network Connection Approver"],
  ],
  registry: [builtInRoles.AcrPush, builtInRoles["Azure AI Enterprise Network Connection Approver"]],
  appInsights: [
    workspaceDependencyRoles["Application Insights Component Contributor"],
    builtInRoles["Monitoring Metrics Publisher"],
  ],
};

/** The assignments for one scope; the stable `key` keeps each child's name across runs. */
export function workspaceRoleAssignments(
  scope: DependencyScope,
  principalId: pulumi.Input<string>,
): RoleAssignmentArgs[] {
  return workspaceIdentityRoles[scope].map((role) => ({
    roleDefinitionIdOrName: role,
    principalId,
    principalType: "ServicePrincipal" as const,
    key: "workspace-identity",
    description: "Azure Machine Learning workspace identity",
  }));
}
