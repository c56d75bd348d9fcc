import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountCustomSubdomain as rule } from "../../../../policies/rules/cognitiveservices/accountCustomSubdomain";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("ai-account-custom-subdomain", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a missing custom subdomain as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ customSubDomainName: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.customSubDomainName must be set; it is not set.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an account without properties", () => {
    const props = compliantAccount();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.customSubDomainName must be set; it is not set.",
    ]);
  });

  it("decides on presence when the subdomain value is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ customSubDomainName: UNKNOWN }),
    );
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
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
