import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountNoPublicNetworkAccess as rule } from "../../../../policies/rules/storage/accountNoPublicNetworkAccess";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-no-public-network-access", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("accepts a network security perimeter", () =>
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), publicNetworkAccess: "SecuredByPerimeter" })),
      [],
    ));

  it("reports public access enabled", () =>
    assert.deepStrictEqual(messages(run({ ...storageAccount(), publicNetworkAccess: "Enabled" })), [
      "publicNetworkAccess is 'Enabled'; set it to 'Disabled'.",
    ]));

  it("reports public access left to the Azure default", () => {
    const props = storageAccount();
    delete props.publicNetworkAccess;
    assert.deepStrictEqual(messages(run(props)), [
      "publicNetworkAccess is not set (Azure enables it); set it to 'Disabled'.",
    ]);
  });

  it("is skipped at preview when the value is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), publicNetworkAccess: UNKNOWN }).unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    ));
});
