import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultKeyExpiration as rule } from "../../../../policies/rules/keyvault/keyExpiration";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { key, keyWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.key, props);

describe("key-vault-key-expiration", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(key())), []));

  it("passes with only a rotation policy expiry", () =>
    assert.deepStrictEqual(messages(run(keyWith({ attributes: {} }))), []));

  it("reports a key that never expires", () =>
    assert.deepStrictEqual(
      messages(run(keyWith({ attributes: {}, rotationPolicy: { lifetimeActions: [] } }))),
      [
        "properties.attributes.expires and properties.rotationPolicy.attributes.expiryTime are not set; set one of them.",
      ],
    ));

  it("tests the expiry for presence only, so an unknown date passes", () => {
    const result = run(keyWith({ attributes: { expires: UNKNOWN } }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the attributes are unknown", () =>
    assert.strictEqual(
      run(keyWith({ attributes: UNKNOWN })).unknown,
      "string value at .properties.attributes can't be known during preview",
    ));
});
