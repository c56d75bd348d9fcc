import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import { shortHash, stableGuid } from "./hash";
import { InputValidator, plain } from "./validation";

/**
 * Built-in Azure roles the landing zone assigns, by display name.
 * https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
 */
export const builtInRoles = {
  Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  Reader: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
  "Key Vault Administrator": "00482a5a-887f-4fb3-b363-3b7fe8e74483",
  "Key Vault Crypto Officer": "14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
  "Key Vault Crypto Service Encryption User": "e147488a-f6f5-4113-8e2d-b22465e65bf6",
  "Key Vault Secrets User": "4633458b-17de-408a-b874-0445c86b69e6",
  "Storage Blob Data Contributor": "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
  "Storage Blob Data Owner": "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
  "Storage Blob Data Reader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
  "Storage File Data Privileged Contributor": "69566ab7-960f-475b-8e7c-b3118f30c6bd",
  AcrPull: "7f951dda-4ed3-4680-a7ca-43fe172d538d",
  AcrPush: "8311e382-0749-4cb8-b61a-304f252e45ec",
  "AzureML Data Scientist": "f6c7c914-8db3-469d-8ca1-694a8f32e121",
  "AzureML Metrics Writer (preview)": "635dd51f-9968-44d3-b7fb-6d9a6bd613ae",
  "Azure AI Enterprise Network Connection Approver": "b556d68e-0be0-4f35-a333-ad7ee1ce17ea",
  "Azure Kubernetes Service RBAC Cluster Admin": "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b",
  "Cognitive Services OpenAI User": "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
  "Azure AI User": "53ca6127-db72-4b80-b1b0-d745d6d5456d",
  "Search Index Data Contributor": "8ebe5a00-799e-43f5-93ac-243d3dce84a7",
  "Search Index Data Reader": "1407120a-92aa-4202-b7e9-c0e197c71c8f",
  "Search Service Contributor": "7ca78c08-252a-4471-8644-bb5ff32d4ba0",
  "Cosmos DB Operator": "230815da-be43-4aae-9cb4-875f7bd000aa",
  "Managed Identity Operator": "f1a07417-d97a-45cb-824c-7a7467783830",
  "Monitoring Metrics Publisher": "3913510d-42f4-4e42-8a64-420c390055eb",
  "Network Contributor": "4d97b98b-1d4f-4787-a291-c67834d212e7",
  "Private DNS Zone Contributor": "b12aa53e-6015-4669-85d0-8515ebb3ae7f",
} as const;

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

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const roleDefinitionIdPattern =
  /^(\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;

/** The role GUID for a display name, GUID or role definition ID; `undefined` when unrecognised. */
export function roleGuid(roleDefinitionIdOrName: string): string | undefined {
  if (roleDefinitionIdOrName in builtInRoles)
    return builtInRoles[roleDefinitionIdOrName as BuiltInRoleName];
  if (guidPattern.test(roleDefinitionIdOrName)) return roleDefinitionIdOrName.toLowerCase();
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
