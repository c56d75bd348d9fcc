import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrExportDisabled as rule } from "../../../../policies/rules/containerregistry/exportDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const withPolicies = (policies: unknown) => ({ ...compliantRegistry(), policies });

describe("acr-export-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports exports enabled (azure-native's default status)", () => {
    const result = runResourcePolicy(
      rule,
      T.registry,
      withPolicies({ exportPolicy: { status: "enabled" } }),
    );
    assert.deepStrictEqual(messages(result), [
      "policies.exportPolicy.status must be 'disabled'; it is 'enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a registry without an export policy", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.registry,
          withPolicies({ retentionPolicy: { status: "enabled" } }),
        ),
      ),
      ["policies.exportPolicy.status must be 'disabled'; policies.exportPolicy is not set."],
    );
  });

  it("reports a registry without policies", () => {
    const props = compliantRegistry();
    delete props.policies;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), [
      "policies.exportPolicy.status must be 'disabled'; policies is not set.",
    ]);
  });

  it("is skipped at preview when policies is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, withPolicies(UNKNOWN));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .policies can't be known during preview");
  });
});
