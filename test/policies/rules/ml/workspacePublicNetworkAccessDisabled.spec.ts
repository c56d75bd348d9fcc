import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspacePublicNetworkAccessDisabled as rule } from "../../../../policies/rules/ml/workspacePublicNetworkAccessDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

describe("aml-workspace-public-network-access-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, compliantWorkspace());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports public access enabled as mandatory", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      publicNetworkAccess: "Enabled",
    });
    assert.deepStrictEqual(messages(result), [
      "publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess", () => {
    const props = compliantWorkspace();
    delete props.publicNetworkAccess;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
    ]);
  });

  it("reports public access allowed behind a virtual network", () => {
    const props = { ...compliantWorkspace(), allowPublicAccessWhenBehindVnet: true };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "allowPublicAccessWhenBehindVnet must be false; it is true.",
    ]);
  });

  it("is skipped at preview when publicNetworkAccess is unknown", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      publicNetworkAccess: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    );
  });
});
