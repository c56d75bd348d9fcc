import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import { shortHash, stableGuid } from "./hash";
import { InputValidator, plain } from "./validation";
import { builtInRoleIds, GUID_PATTERN } from "../../policies/facts";

/**
 * Built-in Azure roles the landing zone assigns, by display name; the IDs come from the table the
 * components share with the policy pack (`policies/facts/builtInRoles.ts`).
 */
export const builtInRoles = builtInRoleIds([
  "Owner",
  "Contributor",
  "Reader",
  "Key Vault Administrator",
  "Key Vault Crypto Officer",
  "Key Vault Crypto Service Encryption User",
  "Key Vault Secrets User",
  "Storage Blob Data Contributor",
  "Storage Blob Data Reader",
  "Storage File Data Privileged Contributor",
  "AcrPull",
  "AcrPush",
  "AzureML Data Scientist",
  "AzureML Metrics Writer (preview)",
  "Azure AI Enterprise Network Connection Approver",
  "Azure Kubernetes Service RBAC Cluster Admin",
  "Cognitive Services OpenAI User",
  "Managed Identity Operator",
  "Monitoring Metrics Publisher",
  "Network Contributor",
  "Private DNS Zone Contributor",
]);

export type BuiltInRoleName = keyof typeof builtInRoles;

export type PrincipalType = "ServicePrincipal" | "Group" | "User" | "ForeignGroup" | "Device";

/** A role assignment on a component's main resource (AVM `roleAssignments`). */
export interface RoleAssignmentArgs {
  /** A built-in role display name (see `builtInRoles`), a role GUID, or a full role definition ID. */
  roleDefinitionIdOrName: string;
  /** The object ID of the user, group or service principal. */
  principalId: pulumi.Input<string>;
  /**
   * The kind of principal. Setting it avoids failures while a new principal replicates in Entra ID.
   * @default - Azure infers it.
   */
  principalType?: PrincipalType;
  /**
   * A stable key for the child's logical name. Required when `principalId` is computed (an
   * Output), because logical names must be known before deployment and must not depend on the
   * assignment's position in the list.
   * @default - a hash of the role and the principal ID.
   */
  key?: string;
  /** @default - none */
  description?: pulumi.Input<string>;
  /** An ABAC condition. @default - none */
  condition?: pulumi.Input<string>;
}

const roleDefinitionIdPattern =
  /^(\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;

/** The role GUID for a display name, GUID or role definition ID; `undefined` when unrecognised. */
export function roleGuid(roleDefinitionIdOrName: string): string | undefined {
  if (roleDefinitionIdOrName in builtInRoles)
    return builtInRoles[roleDefinitionIdOrName as BuiltInRoleName];
  if (GUID_PATTERN.test(roleDefinitionIdOrName)) return roleDefinitionIdOrName.toLowerCase();
  const match = roleDefinitionIdPattern.exec(roleDefinitionIdOrName);
  return match ? match[2].toLowerCase() : undefined;
}

/** Adds a problem for every assignment whose role or key cannot be resolved. */
export function validateRoleAssignments(
  v: InputValidator,
  path: string,
  assignments: readonly RoleAssignmentArgs[] | undefined,
): void {
  (assignments ?? []).forEach((a, i) => {
    v.check(
      roleGuid(a.roleDefinitionIdOrName) !== undefined,
      `${path}[${i}].roleDefinitionIdOrName`,
      `"${a.roleDefinitionIdOrName}" is not a role: use a built-in role name (${Object.keys(
        builtInRoles,
      )
        .slice(0, 4)
        .join(
          ", ",
        )}, ...), a role GUID, or /providers/Microsoft.Authorization/roleDefinitions/<guid>`,
    );
    v.check(
      a.key !== undefined || plain(a.principalId) !== undefined,
      `${path}[${i}].key`,
      "is required when principalId is computed, so the assignment keeps its name when the list changes",
    );
  });
}

/**
 * Creates role assignments on `scope`. Each child's logical name is
 * `<component>-ra-<scopeKey>-<hash(role, principal key)>`, never a list index, so reordering the
 * list replaces nothing. The Azure name is a GUID of (scope, principal, role), as Bicep's guid().
 *
 * @param scopeKey a stable word for the scope, e.g. "vault"; part of the logical name.
 */
export function createRoleAssignments(
  componentName: string,
  scopeKey: string,
  scope: pulumi.Input<string>,
  assignments: readonly RoleAssignmentArgs[],
  opts: pulumi.CustomResourceOptions,
): authorization.RoleAssignment[] {
  return assignments.map((a) => {
    const role = roleGuid(a.roleDefinitionIdOrName) ?? a.roleDefinitionIdOrName;
    const principalKey = a.key ?? plain(a.principalId) ?? "";
    const logicalName = `${componentName}-ra-${scopeKey}-${shortHash([role, principalKey])}`;
    return new authorization.RoleAssignment(
      logicalName,
      {
        scope,
        principalId: a.principalId,
        principalType: a.principalType,
        roleDefinitionId: pulumi.interpolate`/providers/Microsoft.Authorization/roleDefinitions/${role}`,
        roleAssignmentName: pulumi
          .all([scope, a.principalId])
          .apply(([s, p]) => stableGuid(s.toLowerCase(), p, role)),
        description: a.description,
        condition: a.condition,
        conditionVersion: a.condition === undefined ? undefined : "2.0",
      },
      opts,
    );
  });
}
