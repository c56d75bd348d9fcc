import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { customRoleNoBroadActions as rule } from "../../../../policies/rules/governance/customRoleNoBroadActions";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";
const role = (
  actions: unknown[],
  assignableScopes: unknown[] = [SUB],
  notActions: unknown[] = [],
) => ({
  scope: SUB,
  roleName: "ai-operator",
  permissions: [{ actions, notActions }],
  assignableScopes,
});
const run = (props: object) => runResourcePolicy(rule, T.roleDefinition, props);

describe("custom-role-no-broad-actions", () => {
  it("passes a role with specific actions", () =>
    assert.deepStrictEqual(
      messages(
        run(
          role([
            "Microsoft.MachineLearningServices/workspaces/read",
            "Microsoft.Storage/storageAccounts/read",
          ]),
        ),
      ),
      [],
    ));

  it("reports '*' at subscription scope, as mandatory", () => {
    const result = run(role(["*"]));
    assert.deepStrictEqual(messages(result), [
      `permissions[0].actions grants every action ('*') at scope '${SUB}'; list only the actions the role needs.`,
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports wildcards that include writing role assignments, at resource group scope", () =>
    assert.deepStrictEqual(
      messages(run(role(["Microsoft.Authorization/*/Write"], [`${SUB}/resourceGroups/rg-ai`]))),
      [
        `permissions[0].actions 'Microsoft.Authorization/*/Write' lets holders write role assignments at scope '${SUB}/resourceGroups/rg-ai'; list only the actions the role needs.`,
      ],
    ));

  it("passes role-assignment writes that notActions take back", () =>
    assert.deepStrictEqual(
      messages(
        run(
          role(["Microsoft.Authorization/*"], [SUB], ["Microsoft.Authorization/roleAssignments/*"]),
        ),
      ),
      [],
    ));

  it("passes '*' on a role assignable only at one resource", () =>
    assert.deepStrictEqual(
      messages(
        run(
          role(
            ["*"],
            [`${SUB}/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stai`],
          ),
        ),
      ),
      [],
    ));

  it("falls back to the creation scope without assignableScopes", () => {
    const props: Record<string, unknown> = role(["*"]);
    delete props.assignableScopes;
    assert.strictEqual(messages(run(props)).length, 1);
  });

  it("reads no scope when the actions decide, and is skipped when a needed scope is unknown", () => {
    const narrow = run(role(["Microsoft.Storage/storageAccounts/read"], [UNKNOWN]));
    assert.strictEqual(narrow.unknown, undefined);
    assert.strictEqual(
      run(role(["*"], [UNKNOWN])).unknown,
      "string value at .assignableScopes.0 can't be known during preview",
    );
  });
});
