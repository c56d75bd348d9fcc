import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountNetworkDefaultDeny as rule } from "../../../../policies/rules/cognitiveservices/accountNetworkDefaultDeny";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("ai-account-network-default-deny", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes a public account whose firewall denies by default", () => {
    const props = accountWith({ publicNetworkAccess: "Enabled" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), []);
  });

  it("reports a public account whose firewall allows by default", () => {
    const props = accountWith({
      publicNetworkAccess: "Enabled",
      networkAcls: { defaultAction: "Allow" },
    });
    const result = runResourcePolicy(rule, T.aiAccount, props);
    assert.deepStrictEqual(messages(result), [
      "properties.networkAcls.defaultAction must be 'Deny'; it is 'Allow'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a public account without networkAcls", () => {
    const props = accountWith({ publicNetworkAccess: "Enabled", networkAcls: undefined });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.networkAcls.defaultAction must be 'Deny'; properties.networkAcls is not set, so every network is allowed.",
    ]);
  });

  it("reports an account without properties", () => {
    const props = compliantAccount();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "properties.networkAcls.defaultAction must be 'Deny'; properties is not set, so every network is allowed.",
    ]);
  });

  it("lets disabled public access decide without reading networkAcls", () => {
    const result = runResourcePolicy(rule, T.aiAccount, accountWith({ networkAcls: UNKNOWN }));
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
