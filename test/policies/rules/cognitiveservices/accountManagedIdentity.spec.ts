import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiAccountManagedIdentity as rule } from "../../../../policies/rules/cognitiveservices/accountManagedIdentity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantAccount } from "./fixtures";

describe("ai-account-managed-identity", () => {
  it("passes the compliant baseline and a system-assigned identity", () => {
    const result = runResourcePolicy(rule, T.aiAccount, compliantAccount());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const system = { ...compliantAccount(), identity: { type: "SystemAssigned" } };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, system)), []);
  });

  it("reports identity type None as advisory", () => {
    const result = runResourcePolicy(rule, T.aiAccount, {
      ...compliantAccount(),
      identity: { type: "None" },
    });
    assert.deepStrictEqual(messages(result), [
      "identity.type must be a managed identity type; it is 'None'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an account without identity", () => {
    const props = compliantAccount();
    delete props.identity;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiAccount, props)), [
      "identity.type must be a managed identity type; identity is not set.",
    ]);
  });

  it("is skipped at preview when identity.type is unknown", () => {
    const result = runResourcePolicy(rule, T.aiAccount, {
      ...compliantAccount(),
      identity: { type: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .identity.type can't be known during preview",
    );
  });
});
