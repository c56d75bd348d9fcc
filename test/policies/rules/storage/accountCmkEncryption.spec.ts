import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountCmkEncryption as rule } from "../../../../policies/rules/storage/accountCmkEncryption";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-cmk-encryption", () => {
  it("passes the compliant baseline, as advisory by default", () => {
    assert.deepStrictEqual(messages(run(storageAccount())), []);
    assert.strictEqual(rule.enforcementLevel, "advisory");
  });

  it("reports Microsoft-managed keys", () =>
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), encryption: { keySource: "Microsoft.Storage" } })),
      ["encryption.keySource is 'Microsoft.Storage'; set it to 'Microsoft.Keyvault'."],
    ));

  it("reports a Key Vault key source without the key", () =>
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), encryption: { keySource: "Microsoft.Keyvault" } })),
      ["encryption.keyVaultProperties is not set; name the key vault and key."],
    ));

  it("reports no encryption settings", () => {
    const props = storageAccount();
    delete props.encryption;
    assert.deepStrictEqual(messages(run(props)), [
      "encryption is not set (Microsoft-managed keys); set encryption.keySource to 'Microsoft.Keyvault'.",
    ]);
  });

  it("is skipped at preview when the key's properties are unknown (they are judged by value)", () => {
    const result = run({
      ...storageAccount(),
      encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .encryption.keyVaultProperties can't be known during preview",
    );
  });

  it("is skipped at preview when the whole encryption object is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), encryption: UNKNOWN }).unknown,
      "string value at .encryption can't be known during preview",
    ));
});
