import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountPublicNetworkAccessDisabled as rule } from "../../../../policies/rules/cognitiveservices/accountPublicNetworkAccessDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("ai-account-public-network-access-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports public access enabled as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ publicNetworkAccess: "Enabled" }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ publicNetworkAccess: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
    ]);
  });

  it("reports an account without properties", () => {
    const props = compliantAccount();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.publicNetworkAccess must be 'Disabled'; properties is not set, so Azure enables it.",
    ]);
  });

  it("is skipped at preview when properties is unknown", () => {
    const result = runResourcePolicy(rule, T.aiAccount, {
      ...compliantAccount(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
