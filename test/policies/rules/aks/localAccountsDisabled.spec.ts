import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksLocalAccountsDisabled as rule } from "../../../../policies/rules/aks/localAccountsDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-local-accounts-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports local accounts left on as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ disableLocalAccounts: false }),
    );
    assert.deepStrictEqual(messages(result), ["disableLocalAccounts must be true; it is false."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset disableLocalAccounts", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ disableLocalAccounts: undefined })),
      ),
      ["disableLocalAccounts must be true; it is not set."],
    );
  });

  it("is skipped at preview when the flag is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ disableLocalAccounts: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .disableLocalAccounts can't be known during preview",
    );
  });
});
