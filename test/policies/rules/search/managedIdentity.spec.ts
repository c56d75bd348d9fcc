import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { searchManagedIdentity as rule } from "../../../../policies/rules/search/managedIdentity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("search-managed-identity", () => {
  it("passes the compliant baseline and a user-assigned identity", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, compliantService())),
      [],
    );
    const user = serviceWith({
      identity: { type: "UserAssigned", userAssignedIdentities: ["/id"] },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.searchService, user)), []);
  });

  it("reports type None and a missing identity", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.searchService, serviceWith({ identity: { type: "None" } })),
      ),
      ["identity.type must name a managed identity; it is 'None'."],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, serviceWith({ identity: undefined }))),
      ["identity.type must name a managed identity; it is not set."],
    );
  });

  it("is skipped at preview when the identity is unknown", () => {
    const result = runResourcePolicy(rule, T.searchService, serviceWith({ identity: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.identity/);
  });
});
