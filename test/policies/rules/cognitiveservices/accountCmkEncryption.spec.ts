import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountCmkEncryption as rule } from "../../../../policies/rules/cognitiveservices/accountCmkEncryption";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("ai-account-cmk-encryption", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports Microsoft-managed keys as advisory", () => {
    const props = accountWith({ encryption: { keySource: "Microsoft.CognitiveServices" } });
    const result = runResourcePolicy(rule, T.aiAccount, props);
    assert.deepStrictEqual(messages(result), [
      "properties.encryption.keySource must be 'Microsoft.KeyVault'; it is 'Microsoft.CognitiveServices'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset encryption", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.aiAccount, accountWith({ encryption: undefined }))),
      [
        "properties.encryption.keySource must be 'Microsoft.KeyVault'; properties.encryption is not set (Microsoft-managed keys).",
      ],
    );
  });

  it("reports an account without properties", () => {
    const props = compliantAccount();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.encryption.keySource must be 'Microsoft.KeyVault'; properties.encryption is not set (Microsoft-managed keys).",
    ]);
  });

  it("reports a Key Vault key source without the key", () => {
    const props = accountWith({ encryption: { keySource: "Microsoft.KeyVault" } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.encryption.keyVaultProperties must name the key; it is not set.",
    ]);
  });

  it("is skipped at preview when properties is unknown", () => {
    const result = runResourcePolicy(rule, T.aiAccount, {
      ...compliantAccount(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
