import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { searchCmkEnforced as rule } from "../../../../policies/rules/search/cmkEnforced";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("search-cmk-enforced", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, compliantService())),
      [],
    ));

  it("reports enforcement left unspecified, as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.searchService,
      serviceWith({ encryptionWithCmk: { enforcement: "Unspecified" } }),
    );
    assert.deepStrictEqual(messages(result), [
      "encryptionWithCmk.enforcement must be 'Enabled'; it is 'Unspecified'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a service without encryptionWithCmk", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.searchService, serviceWith({ encryptionWithCmk: undefined })),
      ),
      [
        "encryptionWithCmk.enforcement must be 'Enabled'; it is not set, so indexes may use Microsoft-managed keys.",
      ],
    ));

  it("reports a boolean in place of the enum: PrivateSearch's enforceCustomerManagedKey becomes 'Enabled' or 'Disabled'", () => {
    for (const wrong of [true, "true"]) {
      assert.deepStrictEqual(
        messages(
          runResourcePolicy(
            rule,
            T.searchService,
            serviceWith({ encryptionWithCmk: { enforcement: wrong } }),
          ),
        ),
        [`encryptionWithCmk.enforcement must be 'Enabled'; it is 'true'.`],
      );
    }
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.searchService,
          serviceWith({ encryptionWithCmk: { enforcement: "Disabled" } }),
        ),
      ),
      ["encryptionWithCmk.enforcement must be 'Enabled'; it is 'Disabled'."],
    );
  });

  it("is skipped at preview when the block is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.searchService,
      serviceWith({ encryptionWithCmk: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.encryptionWithCmk/);
  });
});
