import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountNoSharedKey as rule } from "../../../../policies/rules/storage/accountNoSharedKey";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-no-shared-key", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("reports shared keys allowed", () =>
    assert.deepStrictEqual(messages(run({ ...storageAccount(), allowSharedKeyAccess: true })), [
      "allowSharedKeyAccess is true; set it to false.",
    ]));

  it("reports the Azure default", () => {
    const props = storageAccount();
    delete props.allowSharedKeyAccess;
    assert.deepStrictEqual(messages(run(props)), [
      "allowSharedKeyAccess is not set (Azure allows shared keys); set it to false.",
    ]);
  });

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), allowSharedKeyAccess: UNKNOWN }).unknown,
      "string value at .allowSharedKeyAccess can't be known during preview",
    ));
});
