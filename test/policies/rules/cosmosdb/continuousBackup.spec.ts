import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosContinuousBackup as rule } from "../../../../policies/rules/cosmosdb/continuousBackup";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-continuous-backup", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports periodic backup, as advisory, and no backup policy", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ backupPolicy: { type: "Periodic" } }),
    );
    assert.deepStrictEqual(messages(result), [
      "backupPolicy.type must be 'Continuous'; it is 'Periodic'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, accountWith({ backupPolicy: undefined }))),
      [
        "backupPolicy.type must be 'Continuous'; it is not set, so Azure takes periodic backups only.",
      ],
    );
  });

  it("is skipped at preview when the policy is unknown", () => {
    const result = runResourcePolicy(rule, T.cosmosAccount, accountWith({ backupPolicy: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.backupPolicy/);
  });
});
