import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountNoCrossTenantReplication as rule } from "../../../../policies/rules/storage/accountNoCrossTenantReplication";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-no-cross-tenant-replication", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("reports cross-tenant replication allowed", () =>
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), allowCrossTenantReplication: true })),
      ["allowCrossTenantReplication is true; set it to false."],
    ));

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), allowCrossTenantReplication: UNKNOWN }).unknown,
      "string value at .allowCrossTenantReplication can't be known during preview",
    ));
});
