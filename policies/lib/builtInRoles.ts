import { builtInRoleIds, PRIVILEGED_ROLES } from "../facts/builtInRoles";

export { PRIVILEGED_ROLES };

/**
 * The built-in roles the pack recognises by ID: the privileged ones it refuses. Their IDs come
 * from the shared table in `facts/builtInRoles.ts`.
 */
export const BUILT_IN_ROLES = builtInRoleIds(PRIVILEGED_ROLES);

export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES;

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
