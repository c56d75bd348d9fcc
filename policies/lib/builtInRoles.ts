/**
 * The Azure built-in role definitions the pack recognises, by display name, with the IDs Azure
 * publishes (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles). The
 * only copy in the pack; `test/policies/lib/builtInRoles.spec.ts` checks it against the
 * published table.
 */
export const BUILT_IN_ROLES = {
  Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  "User Access Administrator": "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
  "Role Based Access Control Administrator": "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
} as const;

export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES;

/** Roles that grant control of every resource in scope or of who may access it. */
export const PRIVILEGED_ROLES: readonly BuiltInRoleName[] = [
  "Owner",
  "Contributor",
  "User Access Administrator",
  "Role Based Access Control Administrator",
];

const namesById = new Map<string, BuiltInRoleName>(
  Object.entries(BUILT_IN_ROLES).map(([name, id]) => [id, name as BuiltInRoleName]),
);

/**
 * The built-in role a role definition ID names (`/providers/Microsoft.Authorization/
 * roleDefinitions/<guid>`, optionally under a subscription, or the bare GUID), if the pack knows it.
 */
export function builtInRoleOf(roleDefinitionId: string): BuiltInRoleName | undefined {
  const id = roleDefinitionId.trim().toLowerCase();
  return namesById.get(id.slice(id.lastIndexOf("/") + 1));
}
