import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountLocalAuthDisabled as rule } from "../../../../policies/rules/cognitiveservices/accountLocalAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("ai-account-local-auth-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports keys left enabled as mandatory", () => {
    const result = runResourcePolicy(rule, T.aiAccount, accountWith({ disableLocalAuth: false }));
    assert.deepStrictEqual(messages(result), [
      "properties.disableLocalAuth must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset disableLocalAuth", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ disableLocalAuth: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.disableLocalAuth must be true; it is not set, so keys work.",
    ]);
  });

  it("reports an account without properties", () => {
    const props = compliantAccount();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.disableLocalAuth must be true; properties is not set, so keys work.",
    ]);
  });

  it("cannot be waived by an exemption", () => {
    const result = runResourcePolicy(rule, T.aiAccount, accountWith({ disableLocalAuth: false }), {
      exemptions: [
        {
          policy: rule.name,
          resource: "res",
          reason: "legacy SDK needs keys",
          expires: "2099-01-01",
        },
      ],
    });
    assert.deepStrictEqual(messages(result), [
      "properties.disableLocalAuth must be true; it is false.",
    ]);
  });

  it("is skipped at preview when properties (wrapped whole by azure-native) is unknown", () => {
    const result = runResourcePolicy(rule, T.aiAccount, {
      ...compliantAccount(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });

  it("does not apply to deployments", () => {
    assert.strictEqual(runResourcePolicy(rule, T.aiDeployment, {}).ran, false);
  });
});
