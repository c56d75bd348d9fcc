import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspaceCmkEncryption as rule } from "../../../../policies/rules/ml/workspaceCmkEncryption";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

describe("aml-workspace-cmk-encryption", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, compliantWorkspace());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports encryption disabled as advisory", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      encryption: {
        status: "Disabled",
        keyVaultProperties: { keyVaultArmId: "x", keyIdentifier: "y" },
      },
    });
    assert.deepStrictEqual(messages(result), [
      "encryption.status must be 'Enabled'; it is 'Disabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset encryption", () => {
    const props = compliantWorkspace();
    delete props.encryption;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "encryption.status must be 'Enabled'; encryption is not set (Microsoft-managed keys).",
    ]);
  });

  it("reports encryption enabled without a key", () => {
    const props = { ...compliantWorkspace(), encryption: { status: "Enabled" } };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "encryption.keyVaultProperties must name the key; it is not set.",
    ]);
  });

  it("is skipped at preview when the key identifier is unknown (it is judged by value)", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      encryption: {
        status: "Enabled",
        keyVaultProperties: { keyVaultArmId: UNKNOWN, keyIdentifier: UNKNOWN },
      },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .encryption.keyVaultProperties.keyIdentifier can't be known during preview",
    );
  });

  it("is skipped at preview when encryption.status is unknown", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      encryption: { status: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .encryption.status can't be known during preview",
    );
  });
});
