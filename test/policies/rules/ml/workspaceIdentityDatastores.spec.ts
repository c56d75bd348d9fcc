import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspaceIdentityDatastores as rule } from "../../../../policies/rules/ml/workspaceIdentityDatastores";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

describe("aml-workspace-identity-datastores", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, compliantWorkspace());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports account-key datastores as advisory", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      systemDatastoresAuthMode: "AccessKey",
    });
    assert.deepStrictEqual(messages(result), [
      "systemDatastoresAuthMode must be 'Identity'; it is 'AccessKey'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset systemDatastoresAuthMode", () => {
    const props = compliantWorkspace();
    delete props.systemDatastoresAuthMode;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "systemDatastoresAuthMode must be 'Identity'; it is not set, so datastores use account keys.",
    ]);
  });

  it("is skipped at preview when systemDatastoresAuthMode is unknown", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      systemDatastoresAuthMode: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .systemDatastoresAuthMode can't be known during preview",
    );
  });
});
