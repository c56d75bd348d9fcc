import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { stackHasGovernanceBaseline as rule } from "../../../../policies/rules/governance/stackHasGovernanceBaseline";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

const PROD = { stackTags: { environment: "prod" } };
const account = () => stackResource(T.storageAccount, "st", { resourceGroupName: "rg-ailz" });
const assignment = (definitionId: unknown, name = "gov-storage-account-https-only") =>
  stackResource(T.policyAssignment, name, {
    scope: "/subscriptions/3f2a/resourceGroups/rg-ailz",
    policyDefinitionId: definitionId,
  });
const EQUIVALENT =
  "/providers/Microsoft.Authorization/policyDefinitions/404c3081-a854-4457-ae30-26a93ef643f9";
const MISSING =
  "The stack assigns none of the pack's 72 Azure Policy equivalents; add a GovernanceBaseline so drift after deployment is denied or reported.";

describe("stack-has-governance-baseline", () => {
  it("passes a production stack that assigns an equivalent of the pack (any case, or unknown at preview)", () => {
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), assignment(EQUIVALENT)], PROD)),
      [],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), assignment(EQUIVALENT.toUpperCase())], PROD)),
      [],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), assignment(UNKNOWN)], PROD)),
      [],
    );
  });

  it("reports a production stack without assignments, or with only foreign definitions, as advisory", () => {
    const none = runStackPolicy(rule, [account()], PROD);
    assert.deepStrictEqual(messages(none), [MISSING]);
    assert.strictEqual(none.violations[0].enforcementLevel, "advisory");
    const foreign = assignment(
      "/providers/Microsoft.Authorization/policyDefinitions/0a914e76-4921-4c19-b460-a2d36003525a",
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account(), foreign], PROD)), [MISSING]);
  });

  it("leaves other stacks alone, and follows whenStackTags", () => {
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account()])), []);
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account()], { stackTags: { environment: "dev" } })),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [account()], {
          stackTags: { tier: "gold" },
          config: { whenStackTags: { tier: ["gold"] } },
        }),
      ),
      [MISSING],
    );
    // A production stack of no Azure resource has nothing to govern.
    assert.deepStrictEqual(messages(runStackPolicy(rule, [], PROD)), []);
  });
});
