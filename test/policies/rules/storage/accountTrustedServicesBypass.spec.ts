import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountTrustedServicesBypass as rule } from "../../../../policies/rules/storage/accountTrustedServicesBypass";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-trusted-services-bypass", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("accepts a combined bypass list and Azure's default bypass", () => {
    const combined = {
      ...storageAccount(),
      networkRuleSet: { defaultAction: "Deny", bypass: "Logging, AzureServices" },
    };
    assert.deepStrictEqual(messages(run(combined)), []);
    assert.deepStrictEqual(
      messages(run({ ...storageAccount(), networkRuleSet: { defaultAction: "Deny" } })),
      [],
    );
  });

  it("reports a deny-by-default firewall that locks trusted services out", () =>
    assert.deepStrictEqual(
      messages(
        run({ ...storageAccount(), networkRuleSet: { defaultAction: "Deny", bypass: "None" } }),
      ),
      ["networkRuleSet.bypass is 'None'; include 'AzureServices'."],
    ));

  it("ignores firewalls that allow by default, without reading an unknown bypass", () => {
    const result = run({
      ...storageAccount(),
      networkRuleSet: { defaultAction: "Allow", bypass: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the bypass of a denying firewall is unknown", () =>
    assert.strictEqual(
      run({ ...storageAccount(), networkRuleSet: { defaultAction: "Deny", bypass: UNKNOWN } })
        .unknown,
      "string value at .networkRuleSet.bypass can't be known during preview",
    ));
});
