import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountSasExpirationPolicy as rule } from "../../../../policies/rules/storage/accountSasExpirationPolicy";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);
const withKeys = () => ({
  ...storageAccount(),
  allowSharedKeyAccess: true,
  sasPolicy: { sasExpirationPeriod: "7.00:00:00", expirationAction: "Block" },
});

describe("storage-account-sas-expiration-policy", () => {
  it("passes the compliant baseline (shared keys off)", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("passes shared keys with a SAS expiration policy", () =>
    assert.deepStrictEqual(messages(run(withKeys())), []));

  it("reports shared keys without a SAS expiration policy", () => {
    const props: Record<string, unknown> = withKeys();
    delete props.sasPolicy;
    assert.deepStrictEqual(messages(run(props)), [
      "sasPolicy is not set while shared keys are allowed; set sasPolicy.sasExpirationPeriod.",
    ]);
  });

  it("tests an unknown sasPolicy for presence only", () => {
    const result = run({ ...withKeys(), sasPolicy: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("lets a present sasPolicy decide while the shared-key flag is unknown", () => {
    const result = run({ ...withKeys(), allowSharedKeyAccess: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the flag is unknown and no sasPolicy is set", () => {
    const props: Record<string, unknown> = { ...withKeys(), allowSharedKeyAccess: UNKNOWN };
    delete props.sasPolicy;
    assert.strictEqual(
      run(props).unknown,
      "string value at .allowSharedKeyAccess can't be known during preview",
    );
  });
});
