import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountOutboundRestricted as rule } from "../../../../policies/rules/cognitiveservices/accountOutboundRestricted";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("ai-account-outbound-restricted", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports unrestricted outbound access as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ restrictOutboundNetworkAccess: false }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.restrictOutboundNetworkAccess must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset restrictOutboundNetworkAccess", () => {
    const result = runResourcePolicy(
      rule,
      T.aiAccount,
      accountWith({ restrictOutboundNetworkAccess: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.restrictOutboundNetworkAccess must be true; it is not set, so outbound calls are unrestricted.",
    ]);
  });

  it("reports an account without properties", () => {
    const props = compliantAccount();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.restrictOutboundNetworkAccess must be true; properties is not set, so outbound calls are unrestricted.",
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
