import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountNoLocalUsers as rule } from "../../../../policies/rules/storage/accountNoLocalUsers";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-no-local-users", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("reports local users and SFTP", () =>
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), isLocalUserEnabled: true, isSftpEnabled: true })),
      ["isLocalUserEnabled is true; set it to false.", "isSftpEnabled is true; set it to false."],
    ));

  it("passes explicit false", () =>
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), isLocalUserEnabled: false, isSftpEnabled: false })),
      [],
    ));

  it("reports local users left to the default on a hierarchical-namespace account", () => {
    assert.deepStrictEqual(messages(run({ ...storageAccount(), isHnsEnabled: true })), [
      "isLocalUserEnabled is not set on an account with a hierarchical namespace, so local users stay available; set it to false.",
    ]);
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), isHnsEnabled: true, isLocalUserEnabled: false })),
      [],
    );
  });

  it("is skipped at preview when a flag is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), isSftpEnabled: UNKNOWN }).unknown,
      "string value at .isSftpEnabled can't be known during preview",
    ));
});
