import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosPublicNetworkAccessDisabled as rule } from "../../../../policies/rules/cosmosdb/publicNetworkAccessDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-public-network-access-disabled", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports public access as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ publicNetworkAccess: "Enabled" }),
    );
    assert.deepStrictEqual(messages(result), [
      "publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.cosmosAccount, accountWith({ publicNetworkAccess: undefined })),
      ),
      ["publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it."],
    ));

  it("is skipped at preview when publicNetworkAccess is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.cosmosAccount,
      accountWith({ publicNetworkAccess: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    );
  });
});
