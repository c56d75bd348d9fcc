import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { apimManagedIdentity as rule } from "../../../../policies/rules/apimanagement/managedIdentity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("apim-managed-identity", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.apiManagement, compliantService())),
      [],
    ));

  it("reports type None and a missing identity, as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.apiManagement,
      serviceWith({ identity: { type: "None" } }),
    );
    assert.deepStrictEqual(messages(result), [
      "identity.type must name a managed identity; it is 'None'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.apiManagement, serviceWith({ identity: undefined }))),
      ["identity.type must name a managed identity; it is not set."],
    );
  });

  it("is skipped at preview when the identity is unknown", () => {
    const result = runResourcePolicy(rule, T.apiManagement, serviceWith({ identity: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.identity/);
  });
});
