import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountHttpsOnly as rule } from "../../../../policies/rules/storage/accountHttpsOnly";
import { messages, runRemediation, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { storageAccount } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.storageAccount, props);

describe("storage-account-https-only", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(storageAccount())), []));

  it("passes when unset (Azure defaults to HTTPS only)", () => {
    const props = storageAccount();
    delete props.enableHttpsTrafficOnly;
    assert.deepStrictEqual(messages(run(props)), []);
  });

  it("reports HTTP allowed", () => {
    const result = run({ ...storageAccount(), enableHttpsTrafficOnly: false });
    assert.deepStrictEqual(messages(result), ["enableHttpsTrafficOnly is false; set it to true."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("is skipped at preview when the flag is unknown", () => {
    const result = run({ ...storageAccount(), enableHttpsTrafficOnly: UNKNOWN });
    assert.strictEqual(
      result.unknown,
      "string value at .enableHttpsTrafficOnly can't be known during preview",
    );
  });

  it("remediates HTTP allowed at level remediate only", () => {
    const props = { ...storageAccount(), enableHttpsTrafficOnly: false };
    assert.strictEqual(runRemediation(rule, T.storageAccount, props), undefined);
    const out = runRemediation(rule, T.storageAccount, props, {
      config: { enforcementLevel: "remediate" },
    });
    assert.deepStrictEqual(out, { ...storageAccount(), enableHttpsTrafficOnly: true });
  });
});
