import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultSecretExpiration as rule } from "../../../../policies/rules/keyvault/secretExpiration";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { secret } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.secret, props);

describe("key-vault-secret-expiration", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(secret())), []));

  it("reports a secret without expiry and content type", () =>
    assert.deepStrictEqual(messages(run({ ...secret(), properties: { value: "s3cr3t" } })), [
      "properties.attributes.expires is not set; give the secret an expiry date.",
      "properties.contentType is not set; describe the secret's format.",
    ]));

  it("never reads the secret value, even when it is unknown", () => {
    const result = run({ ...secret(), properties: { ...secret().properties, value: UNKNOWN } });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the attributes are unknown", () =>
    assert.strictEqual(
      run({ ...secret(), properties: { ...secret().properties, attributes: UNKNOWN } }).unknown,
      "string value at .properties.attributes can't be known during preview",
    ));
});
