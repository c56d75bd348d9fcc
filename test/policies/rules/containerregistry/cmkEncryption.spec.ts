import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrCmkEncryption as rule } from "../../../../policies/rules/containerregistry/cmkEncryption";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

describe("acr-cmk-encryption", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports encryption disabled", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      encryption: { status: "disabled" },
    });
    assert.deepStrictEqual(messages(result), [
      "encryption.status must be 'enabled'; it is 'disabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset encryption", () => {
    const props = compliantRegistry();
    delete props.encryption;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), [
      "encryption.status must be 'enabled'; encryption is not set.",
    ]);
  });

  it("reports encryption enabled without a key", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      encryption: { status: "enabled" },
    });
    assert.deepStrictEqual(messages(result), [
      "encryption.keyVaultProperties must name the key; it is not set.",
    ]);
  });

  it("is skipped at preview when the key identifier is unknown (it is judged by value)", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      encryption: {
        status: "enabled",
        keyVaultProperties: { keyIdentifier: UNKNOWN, identity: UNKNOWN },
      },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .encryption.keyVaultProperties.keyIdentifier can't be known during preview",
    );
  });

  it("is skipped at preview when encryption.status is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      encryption: { status: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .encryption.status can't be known during preview",
    );
  });
});
