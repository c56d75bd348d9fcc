import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosCmkEncryption as rule } from "../../../../policies/rules/cosmosdb/cmkEncryption";
import {
  messages,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
  UNKNOWN,
} from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-cmk-encryption", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports Microsoft-managed keys, as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ keyVaultKeyUri: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "keyVaultKeyUri must name a Key Vault key; it is not set (Microsoft-managed keys).",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a malformed URI and a pinned version", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, accountWith({ keyVaultKeyUri: "cmk" }))),
      [
        "keyVaultKeyUri must name a Key Vault key; it is 'cmk', not a key identifier such as https://<vault>.vault.azure.net/keys/<key>.",
      ],
    );
    const pinned = "https://kv-ai.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef";
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, accountWith({ keyVaultKeyUri: pinned }))),
      [
        "keyVaultKeyUri pins version '0123456789abcdef0123456789abcdef'; leave it out so the account follows the key's rotation.",
      ],
    );
  });

  it("is skipped at preview when the key URI is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ keyVaultKeyUri: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .keyVaultKeyUri can't be known during preview",
    );
  });

  it("reports a key in a vault of the stack without purge protection", () => {
    const vault = (enablePurgeProtection: boolean) =>
      stackResource(T.vault, "kv", {
        vaultName: "kv-ai",
        properties: { tenantId: "t", sku: { family: "A", name: "premium" }, enablePurgeProtection },
      });
    const account = stackResource(T.cosmosAccount, "cosmos", compliantAccount());
    const result = runStackPolicy(rule, [vault(false), account]);
    assert.deepStrictEqual(messages(result), [
      "keyVaultKeyUri names a key in the vault 'kv-ai' ('kv' in this stack), which has no purge protection; set properties.enablePurgeProtection to true on the vault.",
    ]);
    assert.strictEqual(result.violations[0].urn, account.urn);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [vault(true), account])), []);
  });
});
