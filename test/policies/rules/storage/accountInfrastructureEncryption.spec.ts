import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountInfrastructureEncryption as rule } from "../../../../policies/rules/storage/accountInfrastructureEncryption";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);
const withFlag = (requireInfrastructureEncryption: unknown) => ({
  ...storageAccount(),
  encryption: { ...storageAccount().encryption, requireInfrastructureEncryption },
});

describe("storage-account-infrastructure-encryption", () => {
  it("passes double encryption", () => assert.deepStrictEqual(messages(run(withFlag(true))), []));

  it("reports it turned off, as advisory", () => {
    const result = run(withFlag(false));
    assert.deepStrictEqual(messages(result), [
      "encryption.requireInfrastructureEncryption must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports it unset, null or of the wrong type", () => {
    assert.deepStrictEqual(messages(run(storageAccount())), [
      "encryption.requireInfrastructureEncryption must be true; it is not set.",
    ]);
    assert.deepStrictEqual(messages(run(withFlag(null))), [
      "encryption.requireInfrastructureEncryption must be true; it is null.",
    ]);
    assert.deepStrictEqual(messages(run(withFlag("true"))), [
      'encryption.requireInfrastructureEncryption must be true; it is "true".',
    ]);
    const props = storageAccount();
    delete props.encryption;
    assert.deepStrictEqual(messages(run(props)), [
      "encryption.requireInfrastructureEncryption must be true; it is not set.",
    ]);
  });

  it("is skipped at preview when the encryption object is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), encryption: UNKNOWN }).unknown,
      "string value at .encryption can't be known during preview",
    ));
});
