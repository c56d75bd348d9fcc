import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosLocalAuthDisabled as rule } from "../../../../policies/rules/cosmosdb/localAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-local-auth-disabled", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports disableLocalAuth false as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ disableLocalAuth: false }),
    );
    assert.deepStrictEqual(messages(result), ["disableLocalAuth must be true; it is false."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset disableLocalAuth", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.cosmosAccount, accountWith({ disableLocalAuth: undefined })),
      ),
      ["disableLocalAuth must be true; it is not set, so account keys work."],
    ));

  it("is skipped at preview when disableLocalAuth is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ disableLocalAuth: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .disableLocalAuth can't be known during preview",
    );
  });

  it("does not apply to SQL role assignments", () =>
    assert.strictEqual(runResourcePolicy(rule, T.cosmosSqlRoleAssignment, {}).ran, false));
});
