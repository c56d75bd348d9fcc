import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiProjectManagedIdentity as rule } from "../../../../policies/rules/cognitiveservices/projectManagedIdentity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const project = (identity?: object): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "aif-ai-prod",
  projectName: "support",
  properties: { displayName: "support" },
  ...(identity === undefined ? {} : { identity }),
});

describe("ai-project-managed-identity", () => {
  it("passes system- and user-assigned identities", () => {
    const result = runResourcePolicy(rule, T.aiProject, project({ type: "SystemAssigned" }));
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const user = project({
      type: "UserAssigned",
      userAssignedIdentities: ["/subscriptions/s/rg/id-proj"],
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiProject, user)), []);
  });

  it("reports identity type None, as advisory", () => {
    const result = runResourcePolicy(rule, T.aiProject, project({ type: "None" }));
    assert.deepStrictEqual(messages(result), [
      "identity.type must be a managed identity type; it is 'None'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a project without identity", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiProject, project())), [
      "identity.type must be a managed identity type; identity is not set.",
    ]);
  });

  it("is skipped at preview when identity.type is unknown", () => {
    const result = runResourcePolicy(rule, T.aiProject, project({ type: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .identity.type can't be known during preview",
    );
  });
});
