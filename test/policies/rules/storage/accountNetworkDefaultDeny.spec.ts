import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountNetworkDefaultDeny as rule } from "../../../../policies/rules/storage/accountNetworkDefaultDeny";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);
const publicAccount = () => ({ ...storageAccount(), publicNetworkAccess: "Enabled" });

describe("storage-account-network-default-deny", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(publicAccount())), []));

  it("reports a firewall that allows by default", () =>
    assert.deepStrictEqual(
      messages(run({ ...publicAccount(), networkRuleSet: { defaultAction: "Allow" } })),
      ["networkRuleSet.defaultAction is 'Allow'; set it to 'Deny'."],
    ));

  it("reports a missing firewall", () => {
    const props: Record<string, unknown> = publicAccount();
    delete props.networkRuleSet;
    assert.deepStrictEqual(messages(run(props)), [
      "networkRuleSet is not set, so the default action is 'Allow'; set networkRuleSet.defaultAction to 'Deny'.",
    ]);
  });

  it("lets disabled public access decide without reading an unknown networkRuleSet", () => {
    const result = run({ ...storageAccount(), networkRuleSet: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("lets a known Deny decide while public access is unknown", () => {
    const result = run({ ...storageAccount(), publicNetworkAccess: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when both are undecided", () => {
    const result = run({
      ...storageAccount(),
      publicNetworkAccess: UNKNOWN,
      networkRuleSet: { defaultAction: "Allow" },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    );
  });

  it("is skipped at preview when public access is on and the firewall unknown", () =>
    assert.strictEqual(
      run({ ...publicAccount(), networkRuleSet: UNKNOWN }).unknown,
      "string value at .networkRuleSet can't be known during preview",
    ));
});
