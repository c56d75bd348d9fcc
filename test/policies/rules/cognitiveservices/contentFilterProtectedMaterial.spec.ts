import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiContentFilterProtectedMaterial as rule } from "../../../../policies/rules/cognitiveservices/contentFilterProtectedMaterial";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRaiPolicy, raiPolicyWith } from "./fixtures";

describe("openai-content-filter-protected-material", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.raiPolicy, compliantRaiPolicy());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a missing protected-code filter as advisory", () => {
    const props = raiPolicyWith("Protected Material Code", "Completion", () => undefined);
    const result = runResourcePolicy(rule, T.raiPolicy, props);
    assert.deepStrictEqual(messages(result), [
      "properties.contentFilters 'Protected Material Code' on 'Completion' must be listed; it is missing.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a protected-text filter that is off", () => {
    const props = raiPolicyWith("Protected Material Text", "Completion", (f) => ({
      ...f,
      enabled: false,
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Protected Material Text' on 'Completion': enabled must be true; it is false.",
    ]);
  });

  it("reports a protected-code filter that only annotates, unless the config drops it", () => {
    const props = raiPolicyWith("Protected Material Code", "Completion", (f) => ({
      ...f,
      blocking: false,
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Protected Material Code' on 'Completion': blocking must be true; it is false.",
    ]);
    const relaxed = runResourcePolicy(rule, T.raiPolicy, props, {
      config: { filters: ["Protected Material Text"] },
    });
    assert.deepStrictEqual(messages(relaxed), []);
  });

  it("does not accept the filter on prompts instead of completions", () => {
    const props = raiPolicyWith("Protected Material Text", "Completion", (f) => ({
      ...f,
      source: "Prompt",
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Protected Material Text' on 'Completion' must be listed; it is missing.",
    ]);
  });

  it("reports a policy without filters", () => {
    const props = compliantRaiPolicy();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters must filter 'Protected Material Text', 'Protected Material Code' on 'Completion'; it is not set.",
    ]);
  });

  it("is skipped at preview when properties is unknown", () => {
    const result = runResourcePolicy(rule, T.raiPolicy, {
      ...compliantRaiPolicy(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
