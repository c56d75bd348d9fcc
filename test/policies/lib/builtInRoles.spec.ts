import * as assert from "assert";
import { builtInRoles } from "../../../components/common/roleAssignments";
import { workspaceDependencyRoles } from "../../../components/ml/workspaceRoles";
import { endpointRefusedRoles } from "../../../components/ml/serving/authenticatedEndpoint";
import { BUILT_IN_ROLE_IDS } from "../../../policies/facts";
import { BUILT_IN_ROLES, builtInRoleOf, PRIVILEGED_ROLES } from "../../../policies/lib";
import { PUBLISHED_BUILT_IN_ROLES as PUBLISHED } from "../../fixtures/azureBuiltInRoles";

/** Names whose ID differs from Azure's published one (or that Azure does not publish). */
function mismatches(table: Readonly<Record<string, string>>): string[] {
  return Object.entries(table)
    .filter(([name, id]) => PUBLISHED[name] !== id.toLowerCase())
    .map(([name, id]) => `${name}: ${id} (published: ${PUBLISHED[name] ?? "no such role"})`);
}

describe("built-in role IDs match Azure's published built-in roles", () => {
  it("the table the pack and the components share", () => {
    assert.strictEqual(Object.keys(BUILT_IN_ROLE_IDS).length, 26);
    assert.deepStrictEqual(mismatches(BUILT_IN_ROLE_IDS), []);
  });

  it("the pack's roles", () => {
    assert.strictEqual(Object.keys(BUILT_IN_ROLES).length, 4);
    assert.deepStrictEqual(mismatches(BUILT_IN_ROLES), []);
  });

  it("the components' roles", () => {
    assert.strictEqual(Object.keys(builtInRoles).length, 21);
    assert.deepStrictEqual(mismatches(builtInRoles), []);
    assert.strictEqual(Object.keys(workspaceDependencyRoles).length, 3);
    assert.deepStrictEqual(mismatches(workspaceDependencyRoles), []);
  });

  it("the endpoint refuses exactly the roles the pack treats as privileged", () => {
    const privileged = PRIVILEGED_ROLES.map((name) => PUBLISHED[name]).sort();
    assert.strictEqual(privileged.length, 4);
    assert.deepStrictEqual([...endpointRefusedRoles].sort(), privileged);
  });

  it("recognises a role by full ID, subscription-scoped ID or bare GUID, in any case", () => {
    const uaa = PUBLISHED["User Access Administrator"];
    assert.deepStrictEqual(
      [
        `/providers/Microsoft.Authorization/roleDefinitions/${uaa}`,
        `/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/${uaa.toUpperCase()}`,
        uaa,
      ].map(builtInRoleOf),
      ["User Access Administrator", "User Access Administrator", "User Access Administrator"],
    );
    assert.strictEqual(builtInRoleOf(PUBLISHED.Reader), undefined);
  });
});
