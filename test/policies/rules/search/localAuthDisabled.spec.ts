import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { searchLocalAuthDisabled as rule } from "../../../../policies/rules/search/localAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("search-local-auth-disabled", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, compliantService())),
      [],
    ));

  it("reports API keys left on as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.searchService,
      serviceWith({ disableLocalAuth: false }),
    );
    assert.deepStrictEqual(messages(result), ["disableLocalAuth must be true; it is false."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset disableLocalAuth", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.searchService, serviceWith({ disableLocalAuth: undefined })),
      ),
      ["disableLocalAuth must be true; it is not set, so API keys work."],
    ));

  it("is skipped at preview when disableLocalAuth is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.searchService,
      serviceWith({ disableLocalAuth: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .disableLocalAuth can't be known during preview",
    );
  });

  it("does not apply to shared private links", () =>
    assert.strictEqual(runResourcePolicy(rule, T.searchSharedPrivateLink, {}).ran, false));
});
