import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultKeyHsmBacked as rule } from "../../../../policies/rules/keyvault/keyHsmBacked";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { key, keyWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.key, props);

describe("key-vault-key-hsm-backed", () => {
  it("passes RSA-HSM and EC-HSM keys", () => {
    assert.deepStrictEqual(messages(run(key())), []);
    assert.deepStrictEqual(messages(run(keyWith({ kty: "EC-HSM" }))), []);
  });

  it("reports a software-protected key, as advisory", () => {
    const result = run(keyWith({ kty: "RSA" }));
    assert.deepStrictEqual(messages(result), [
      "properties.kty is 'RSA'; use 'RSA-HSM' or 'EC-HSM'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset key type", () => {
    const props = key();
    delete props.properties.kty;
    assert.deepStrictEqual(messages(run(props)), [
      "properties.kty is not set; set it to 'RSA-HSM' or 'EC-HSM'.",
    ]);
  });

  it("is skipped at preview when the key type is unknown", () =>
    assert.strictEqual(
      run(keyWith({ kty: UNKNOWN })).unknown,
      "string value at .properties.kty can't be known during preview",
    ));
});
