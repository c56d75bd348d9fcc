import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { searchPublicNetworkAccessDisabled as rule } from "../../../../policies/rules/search/publicNetworkAccessDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("search-public-network-access-disabled", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, compliantService())),
      [],
    ));

  it("reports public access as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.searchService,
      serviceWith({ publicNetworkAccess: "Enabled" }),
    );
    assert.deepStrictEqual(messages(result), [
      "publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess, which azure-native sends as Enabled", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.searchService, serviceWith({ publicNetworkAccess: undefined })),
      ),
      ["publicNetworkAccess must be 'Disabled'; it is 'Enabled'."],
    ));

  it("is skipped at preview when publicNetworkAccess is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.searchService,
      serviceWith({ publicNetworkAccess: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    );
  });
});
