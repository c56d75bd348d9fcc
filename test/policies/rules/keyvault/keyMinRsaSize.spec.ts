import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultKeyMinRsaSize as rule } from "../../../../policies/rules/keyvault/keyMinRsaSize";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { key, keyWith } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.key, props, { config });

describe("key-vault-key-min-rsa-size", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(key())), []));

  it("reports a 2048-bit RSA key", () =>
    assert.deepStrictEqual(messages(run(keyWith({ keySize: 2048 }))), [
      "properties.keySize is 2048; use at least 3072 bits.",
    ]));

  it("reports an RSA key without size", () =>
    assert.deepStrictEqual(messages(run(keyWith({ keySize: undefined }))), [
      "properties.keySize is not set (Azure uses 2048 bits); set it to at least 3072.",
    ]));

  it("ignores the size of EC keys", () =>
    assert.deepStrictEqual(
      messages(run(keyWith({ kty: "EC-HSM", keySize: undefined, curveName: "P-384" }))),
      [],
    ));

  it("uses the configured minimum", () =>
    assert.deepStrictEqual(messages(run(key(), { minimumRsaKeySize: 4096 })), [
      "properties.keySize is 3072; use at least 4096 bits.",
    ]));

  it("lets a known EC key type decide without reading an unknown size", () => {
    const result = run(keyWith({ kty: "EC", keySize: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the key type is unknown", () =>
    assert.strictEqual(
      run(keyWith({ kty: UNKNOWN })).unknown,
      "string value at .properties.kty can't be known during preview",
    ));
});
