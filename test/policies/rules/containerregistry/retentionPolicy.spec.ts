import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrRetentionPolicy as rule } from "../../../../policies/rules/containerregistry/retentionPolicy";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const withPolicies = (policies: unknown) => ({ ...compliantRegistry(), policies });

describe("acr-retention-policy", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a disabled retention policy", () => {
    const result = runResourcePolicy(
      rule,
      T.registry,
      withPolicies({ retentionPolicy: { status: "disabled", days: 7 } }),
    );
    assert.deepStrictEqual(messages(result), [
      "policies.retentionPolicy.status must be 'enabled'; it is 'disabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a registry without a retention policy", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.registry, withPolicies({ exportPolicy: { status: "disabled" } })),
      ),
      ["policies.retentionPolicy.status must be 'enabled'; policies.retentionPolicy is not set."],
    );
  });

  it("reports a registry without policies", () => {
    const props = compliantRegistry();
    delete props.policies;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), [
      "policies.retentionPolicy.status must be 'enabled'; policies is not set.",
    ]);
  });

  it("accepts soft delete in place of retention (Azure refuses both)", () => {
    const result = runResourcePolicy(
      rule,
      T.registry,
      withPolicies({ softDeletePolicy: { status: "enabled", retentionDays: 7 } }),
    );
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when policies is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, withPolicies(UNKNOWN));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .policies can't be known during preview");
  });
});
