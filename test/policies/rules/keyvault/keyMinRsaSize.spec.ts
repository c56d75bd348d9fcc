import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultKeyMinRsaSize as rule } from "../../../../policies/rules/keyvault/keyMinRsaSize";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { keyWith } from "./fixtures";

const keyOf = (changes: Record<string, unknown>, name = "cmk", keyName = "cmk-zone") =>
  stackResource(T.key, name, { ...keyWith(changes), keyName });
/** An Azure AI services account encrypting with `keyName` in the vault `kv-ai`. */
const aiAccount = (keyName: string, vaultUri = "https://kv-ai.vault.azure.net/") =>
  stackResource(T.aiAccount, "openai", {
    accountName: "oai-ai",
    properties: {
      encryption: {
        keySource: "Microsoft.KeyVault",
        keyVaultProperties: { keyName, keyVaultUri: vaultUri, identityClientId: UNKNOWN },
      },
    },
  });
const run = (config?: Record<string, unknown>, ...resources: ReturnType<typeof stackResource>[]) =>
  runStackPolicy(rule, resources, { config });

describe("key-vault-key-min-rsa-size", () => {
  it("passes a 3072-bit key and reports one bit less", () => {
    assert.deepStrictEqual(messages(run(undefined, keyOf({ keySize: 3072 }))), []);
    assert.deepStrictEqual(messages(run(undefined, keyOf({ keySize: 3071 }))), [
      "The key 'cmk': properties.keySize is 3071; use at least 3072 bits.",
    ]);
  });

  it("reports null and a size of the wrong type", () => {
    assert.deepStrictEqual(messages(run(undefined, keyOf({ keySize: null }))), [
      "The key 'cmk': properties.keySize is null; use at least 3072 bits.",
    ]);
    assert.deepStrictEqual(messages(run(undefined, keyOf({ keySize: "4096" }))), [
      "The key 'cmk': properties.keySize is 4096; use at least 3072 bits.",
    ]);
  });

  it("reports a 2048-bit key no Azure AI services account uses, on the key, as advisory", () => {
    const result = run(undefined, keyOf({ keySize: 2048 }));
    assert.deepStrictEqual(messages(result), [
      "The key 'cmk': properties.keySize is 2048; use at least 3072 bits.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.strictEqual(result.violations[0].urn, urnOf(T.key, "cmk"));
  });

  it("reports an RSA key without a size", () =>
    assert.deepStrictEqual(messages(run(undefined, keyOf({ keySize: undefined }))), [
      "The key 'cmk': properties.keySize is not set (Azure uses 2048 bits); set it to at least 3072.",
    ]));

  it("accepts 2048 bits, and only 2048, on the key an Azure AI services account encrypts with", () => {
    assert.deepStrictEqual(
      messages(run(undefined, keyOf({ keySize: 2048 }, "ai", "cmk-oai"), aiAccount("cmk-oai"))),
      [],
    );
    assert.deepStrictEqual(
      messages(run(undefined, keyOf({ keySize: 3072 }, "ai", "CMK-OAI"), aiAccount("cmk-oai"))),
      [
        "The key 'ai' encrypts an Azure AI services account: properties.keySize is 3072; Azure AI services accept only 2048-bit RSA keys.",
      ],
    );
  });

  it("still holds other keys to the minimum when an account uses a key of another vault", () =>
    assert.deepStrictEqual(
      messages(
        run(
          undefined,
          keyOf({ keySize: 2048 }, "ai", "cmk-oai"),
          aiAccount("cmk-oai", "https://kv-other.vault.azure.net/"),
        ),
      ),
      ["The key 'ai': properties.keySize is 2048; use at least 3072 bits."],
    ));

  it("ignores the size of EC keys", () =>
    assert.deepStrictEqual(
      messages(run(undefined, keyOf({ kty: "EC-HSM", keySize: undefined, curveName: "P-384" }))),
      [],
    ));

  it("uses the configured minimum, at the threshold and one step below", () => {
    assert.deepStrictEqual(
      messages(run({ minimumRsaKeySize: 4096 }, keyOf({ keySize: 4096 }))),
      [],
    );
    assert.deepStrictEqual(messages(run({ minimumRsaKeySize: 4096 }, keyOf({ keySize: 3072 }))), [
      "The key 'cmk': properties.keySize is 3072; use at least 4096 bits.",
    ]);
  });

  it("leaves a key whose type or size is unknown at preview undecided, reporting nothing", () => {
    assert.deepStrictEqual(messages(run(undefined, keyOf({ kty: UNKNOWN }))), []);
    assert.deepStrictEqual(messages(run(undefined, keyOf({ keySize: UNKNOWN }))), []);
  });
});
