import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspaceUserAssignedIdentity as rule } from "../../../../policies/rules/ml/workspaceUserAssignedIdentity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

const run = (props: Record<string, unknown>) => runResourcePolicy(rule, T.mlWorkspace, props);
const workspaceWith = (fields: Record<string, unknown>) => {
  const props: Record<string, unknown> = { ...compliantWorkspace(), ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete props[k];
  return props;
};

describe("aml-workspace-user-assigned-identity", () => {
  it("passes the compliant baseline", () => {
    const result = run(compliantWorkspace());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a system-assigned or missing identity as advisory", () => {
    const system = run(workspaceWith({ identity: { type: "SystemAssigned" } }));
    assert.deepStrictEqual(messages(system), [
      "identity.type must be 'UserAssigned'; it is 'SystemAssigned'.",
    ]);
    assert.strictEqual(system.violations[0].enforcementLevel, "advisory");
    const both = run(
      workspaceWith({
        identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: ["id"] },
      }),
    );
    assert.deepStrictEqual(messages(both), [
      "identity.type must be 'UserAssigned'; it is 'SystemAssigned,UserAssigned'.",
    ]);
    assert.deepStrictEqual(messages(run(workspaceWith({ identity: undefined }))), [
      "identity.type must be 'UserAssigned'; identity is not set.",
    ]);
  });

  it("reports a user-assigned identity that is not the primary one, or lists none", () => {
    assert.deepStrictEqual(
      messages(run(workspaceWith({ primaryUserAssignedIdentity: undefined }))),
      [
        "primaryUserAssignedIdentity must name the workspace's user-assigned identity; it is not set.",
      ],
    );
    assert.deepStrictEqual(messages(run(workspaceWith({ identity: { type: "UserAssigned" } }))), [
      "identity.userAssignedIdentities must list the identity; it is not set.",
    ]);
  });

  it("decides at preview on presence when the identity IDs are unknown", () => {
    const props = workspaceWith({
      identity: { type: "UserAssigned", userAssignedIdentities: [UNKNOWN] },
      primaryUserAssignedIdentity: UNKNOWN,
    });
    const result = run(props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the identity type is unknown", () => {
    const result = run(workspaceWith({ identity: { type: UNKNOWN } }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .identity.type can't be known during preview",
    );
  });
});
