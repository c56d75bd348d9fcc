import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspaceHbi as rule } from "../../../../policies/rules/ml/workspaceHbi";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

describe("aml-workspace-hbi", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, compliantWorkspace());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports hbiWorkspace false as advisory", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      hbiWorkspace: false,
    });
    assert.deepStrictEqual(messages(result), ["hbiWorkspace must be true; it is false."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset hbiWorkspace", () => {
    const props = compliantWorkspace();
    delete props.hbiWorkspace;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "hbiWorkspace must be true; it is not set.",
    ]);
  });

  it("is skipped at preview when hbiWorkspace is unknown", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      hbiWorkspace: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .hbiWorkspace can't be known during preview",
    );
  });
});
