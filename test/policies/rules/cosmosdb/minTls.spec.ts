import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosMinTls as rule } from "../../../../policies/rules/cosmosdb/minTls";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-min-tls", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports TLS 1.1 as mandatory and an unset version", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ minimalTlsVersion: "Tls11" }),
    );
    assert.deepStrictEqual(messages(result), ["minimalTlsVersion must be 'Tls12'; it is 'Tls11'."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.cosmosAccount, accountWith({ minimalTlsVersion: undefined })),
      ),
      ["minimalTlsVersion must be 'Tls12'; it is not set, so older accounts accept TLS 1.0."],
    );
  });

  it("is skipped at preview when the version is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ minimalTlsVersion: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .minimalTlsVersion can't be known during preview",
    );
  });
});
