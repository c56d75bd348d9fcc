import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { stackHasBudget as rule } from "../../../../policies/rules/governance/stackHasBudget";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

describe("stack-has-budget", () => {
  it("passes a stack with a budget", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          stackResource(T.storageAccount, "st", {}),
          stackResource(T.budget, "budget", {
            amount: 1000,
            category: "Cost",
            timeGrain: "Monthly",
          }),
        ]),
      ),
      [],
    ));

  it("reports an Azure stack without budget", () => {
    const result = runStackPolicy(rule, [stackResource(T.storageAccount, "st", {})]);
    assert.deepStrictEqual(messages(result), [
      "The stack has no consumption:Budget; add one so spend is tracked and alerted on.",
    ]);
    assert.strictEqual(result.violations[0].urn, undefined);
  });

  it("counts a budget whose settings are unknown at preview", () => {
    const result = runStackPolicy(rule, [
      stackResource(T.storageAccount, "st", {}),
      stackResource(T.budget, "budget", { amount: UNKNOWN, scope: UNKNOWN }),
    ]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("ignores stacks without Azure resources", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [stackResource("random:index/randomPet:RandomPet", "pet", {})]),
      ),
      [],
    ));
});
