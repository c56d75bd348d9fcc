import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiContentFilterPromptShields as rule } from "../../../../policies/rules/cognitiveservices/contentFilterPromptShields";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRaiPolicy, raiPolicyWith } from "./fixtures";

describe("openai-content-filter-prompt-shields", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.raiPolicy, compliantRaiPolicy());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a missing jailbreak filter as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.raiPolicy,
      raiPolicyWith("Jailbreak", "Prompt", () => undefined),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.contentFilters 'Jailbreak' on 'Prompt' must be listed; it is missing.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a jailbreak filter that is off and annotates only", () => {
    const props = raiPolicyWith("Jailbreak", "Prompt", (f) => ({
      ...f,
      enabled: false,
      blocking: false,
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Jailbreak' on 'Prompt': enabled must be true; it is false.",
      "properties.contentFilters 'Jailbreak' on 'Prompt': blocking must be true; it is false.",
    ]);
  });

  it("requires the configured shields, such as indirect attacks", () => {
    const props = raiPolicyWith("Indirect Attack", "Prompt", () => undefined);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), []);
    const result = runResourcePolicy(rule, T.raiPolicy, props, {
      config: { shields: ["Jailbreak", "Indirect Attack"] },
    });
    assert.deepStrictEqual(messages(result), [
      "properties.contentFilters 'Indirect Attack' on 'Prompt' must be listed; it is missing.",
    ]);
  });

  it("reports a listed shield that is off or only annotates, even when not required", () => {
    for (const change of [
      { enabled: false, blocking: false },
      { enabled: true, blocking: false },
    ]) {
      const props = raiPolicyWith("Indirect Attack", "Prompt", (f) => ({ ...f, ...change }));
      assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
        ...(change.enabled
          ? []
          : [
              "properties.contentFilters 'Indirect Attack' on 'Prompt': enabled must be true; it is false.",
            ]),
        "properties.contentFilters 'Indirect Attack' on 'Prompt': blocking must be true; it is false.",
      ]);
    }
  });

  it("reports a policy without filters", () => {
    const props = compliantRaiPolicy();
    delete props.properties.contentFilters;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters must filter 'Jailbreak' on 'Prompt'; it is not set.",
    ]);
  });

  it("is skipped at preview when the filter list is unknown", () => {
    const props = compliantRaiPolicy();
    props.properties.contentFilters = UNKNOWN;
    const result = runResourcePolicy(rule, T.raiPolicy, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.contentFilters can't be known during preview",
    );
  });
});
