import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosKeyBasedMetadataWriteDisabled as rule } from "../../../../policies/rules/cosmosdb/keyBasedMetadataWriteDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-key-based-metadata-write-disabled", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports disableKeyBasedMetadataWriteAccess false as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ disableKeyBasedMetadataWriteAccess: false }),
    );
    assert.deepStrictEqual(messages(result), [
      "disableKeyBasedMetadataWriteAccess must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset disableKeyBasedMetadataWriteAccess", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.cosmosAccount,
          accountWith({ disableKeyBasedMetadataWriteAccess: undefined }),
        ),
      ),
      [
        "disableKeyBasedMetadataWriteAccess must be true; it is not set, so keys can change databases and throughput.",
      ],
    ));

  it("is skipped at preview when disableKeyBasedMetadataWriteAccess is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ disableKeyBasedMetadataWriteAccess: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .disableKeyBasedMetadataWriteAccess can't be known during preview",
    );
  });

  it("does not apply to SQL role assignments", () =>
    assert.strictEqual(runResourcePolicy(rule, T.cosmosSqlRoleAssignment, {}).ran, false));
});
