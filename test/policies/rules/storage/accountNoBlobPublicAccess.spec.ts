import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountNoBlobPublicAccess as rule } from "../../../../policies/rules/storage/accountNoBlobPublicAccess";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-no-blob-public-access", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("reports anonymous blob access allowed, as mandatory", () => {
    const result = run({ ...storageAccount(), allowBlobPublicAccess: true });
    assert.deepStrictEqual(messages(result), ["allowBlobPublicAccess is true; set it to false."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports the flag left unset", () => {
    const props = storageAccount();
    delete props.allowBlobPublicAccess;
    assert.deepStrictEqual(messages(run(props)), [
      "allowBlobPublicAccess is not set; set it to false.",
    ]);
  });

  it("cannot be exempted", () => {
    const result = runResourcePolicy(
      rule,
      T.storageAccount,
      { ...storageAccount(), allowBlobPublicAccess: true },
      {
        exemptions: [
          {
            policy: rule.name,
            resource: "res",
            reason: "Public website assets",
            expires: "2999-01-01",
          },
        ],
      },
    );
    assert.deepStrictEqual(messages(result), ["allowBlobPublicAccess is true; set it to false."]);
  });

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), allowBlobPublicAccess: UNKNOWN }).unknown,
      "string value at .allowBlobPublicAccess can't be known during preview",
    ));
});
