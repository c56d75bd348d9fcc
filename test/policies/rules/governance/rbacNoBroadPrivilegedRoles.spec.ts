import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { rbacNoBroadPrivilegedRoles as rule } from "../../../../policies/rules/governance/rbacNoBroadPrivilegedRoles";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const ROLE = (guid: string) =>
  `/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const assignment = (roleDefinitionId: unknown) => ({
  principalId: "p",
  principalType: "ServicePrincipal",
  scope: "/subscriptions/s/resourceGroups/rg",
  roleDefinitionId,
});
const run = (props: object) => runResourcePolicy(rule, T.roleAssignment, props);

describe("rbac-no-broad-privileged-roles", () => {
  it("passes a task-specific role", () =>
    assert.deepStrictEqual(
      messages(run(assignment(ROLE("ba92f5b4-2d11-453d-a403-e96b0029c9fe")))), // Storage Blob Data Contributor
      [],
    ));

  for (const [guid, role] of [
    ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner"],
    ["B24988AC-6180-42A0-AB88-20F7382DD24C", "Contributor"],
    ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator"],
    ["f58310d9-a9f6-439a-9e8d-f62e7b41a168", "Role Based Access Control Administrator"],
  ]) {
    it(`reports ${role}, as mandatory`, () => {
      const result = run(assignment(ROLE(guid)));
      assert.deepStrictEqual(messages(result), [
        `roleDefinitionId is the built-in '${role}' role; assign a narrower role.`,
      ]);
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    });
  }

  it("reports a privileged role given as a tenant-level ID or a bare GUID", () => {
    for (const id of [
      "/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
      "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
    ]) {
      assert.deepStrictEqual(messages(run(assignment(id))), [
        "roleDefinitionId is the built-in 'User Access Administrator' role; assign a narrower role.",
      ]);
    }
  });

  it("passes an ID that is no built-in role (the value this rule once mistook for User Access Administrator)", () =>
    assert.deepStrictEqual(
      messages(run(assignment(ROLE("18d7d88d-d35e-4fb5-a5c3-7773c4a72b9d")))),
      [],
    ));

  it("is skipped at preview when the role id is unknown", () =>
    assert.strictEqual(
      run(assignment(UNKNOWN)).unknown,
      "string value at .roleDefinitionId can't be known during preview",
    ));
});
