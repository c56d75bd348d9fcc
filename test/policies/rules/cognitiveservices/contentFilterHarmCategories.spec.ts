import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiContentFilterHarmCategories as rule } from "../../../../policies/rules/cognitiveservices/contentFilterHarmCategories";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRaiPolicy, raiPolicyWith } from "./fixtures";

describe("openai-content-filter-harm-categories", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.raiPolicy, compliantRaiPolicy());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("accepts the stricter Low threshold and the BLOCKING action", () => {
    const low = raiPolicyWith("Hate", "Prompt", (f) => ({ ...f, severityThreshold: "Low" }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, low)), []);
    const action = raiPolicyWith("Sexual", "Completion", (f) => ({
      ...f,
      blocking: undefined,
      action: "BLOCKING",
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, action)), []);
  });

  it("matches filter names regardless of case and punctuation", () => {
    const props = raiPolicyWith("Selfharm", "Completion", (f) => ({ ...f, name: "Self-Harm" }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), []);
  });

  it("reports a disabled filter as mandatory", () => {
    const props = raiPolicyWith("Hate", "Completion", (f) => ({ ...f, enabled: false }));
    const result = runResourcePolicy(rule, T.raiPolicy, props);
    assert.deepStrictEqual(messages(result), [
      "properties.contentFilters 'Hate' on 'Completion': enabled must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a filter that only annotates", () => {
    const props = raiPolicyWith("Violence", "Prompt", (f) => ({ ...f, blocking: false }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Violence' on 'Prompt': blocking must be true; it is false.",
    ]);
  });

  it("reports a filter whose enabled and blocking flags are unset", () => {
    const props = raiPolicyWith("Sexual", "Prompt", (f) => ({
      name: f.name,
      source: f.source,
      severityThreshold: "Medium",
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Sexual' on 'Prompt': enabled must be true; it is not set.",
      "properties.contentFilters 'Sexual' on 'Prompt': blocking must be true; it is not set.",
    ]);
  });

  it("reports a threshold that lets medium-severity content through", () => {
    const props = raiPolicyWith("Selfharm", "Completion", (f) => ({
      ...f,
      severityThreshold: "High",
    }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Selfharm' on 'Completion': severityThreshold must be 'Low', 'Medium'; it is 'High'.",
    ]);
  });

  it("reports an unset threshold", () => {
    const props = raiPolicyWith("Hate", "Prompt", (f) => ({ ...f, severityThreshold: undefined }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Hate' on 'Prompt': severityThreshold must be 'Low', 'Medium'; it is not set.",
    ]);
  });

  it("reports a category filtered in one direction only", () => {
    const props = raiPolicyWith("Violence", "Completion", () => undefined);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters 'Violence' on 'Completion' must be listed; it is missing.",
    ]);
  });

  it("reports a policy without filters", () => {
    const props = compliantRaiPolicy();
    delete props.properties.contentFilters;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters must filter 'Hate', 'Sexual', 'Violence', 'Selfharm' on 'Prompt' and 'Completion'; it is not set.",
    ]);
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.raiPolicy, props)), [
      "properties.contentFilters must filter 'Hate', 'Sexual', 'Violence', 'Selfharm' on 'Prompt' and 'Completion'; it is not set.",
    ]);
  });

  it("honours a stricter configured threshold", () => {
    const result = runResourcePolicy(
      rule,
      T.raiPolicy,
      raiPolicyWith("Hate", "Prompt", (f) => f),
      {
        config: { categories: ["Hate"], allowedSeverityThresholds: ["Low"] },
      },
    );
    assert.deepStrictEqual(messages(result), [
      "properties.contentFilters 'Hate' on 'Prompt': severityThreshold must be 'Low'; it is 'Medium'.",
      "properties.contentFilters 'Hate' on 'Completion': severityThreshold must be 'Low'; it is 'Medium'.",
    ]);
  });

  it("accepts the synchronous modes and an unset mode (Azure filters before returning)", () => {
    for (const mode of ["Default", "Blocking", undefined, null]) {
      const props = compliantRaiPolicy();
      props.properties.mode = mode;
      assert.deepStrictEqual(
        messages(runResourcePolicy(rule, T.raiPolicy, props)),
        [],
        String(mode),
      );
    }
  });

  it("reports asynchronous filtering, as mandatory, unless configured", () => {
    for (const mode of ["Asynchronous_filter", "Deferred", 3]) {
      const props = compliantRaiPolicy();
      props.properties.mode = mode;
      const result = runResourcePolicy(rule, T.raiPolicy, props);
      assert.deepStrictEqual(messages(result), [
        `properties.mode must be 'Default', 'Blocking'; it is '${mode}', so content reaches users before it is filtered.`,
      ]);
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    }
    const props = compliantRaiPolicy();
    props.properties.mode = "Asynchronous_filter";
    const allowed = runResourcePolicy(rule, T.raiPolicy, props, {
      config: { allowedModes: ["Default", "Asynchronous_filter"] },
    });
    assert.deepStrictEqual(messages(allowed), []);
  });

  it("is skipped at preview when a filter is unknown", () => {
    const props = compliantRaiPolicy();
    props.properties.contentFilters[0].enabled = UNKNOWN;
    const result = runResourcePolicy(rule, T.raiPolicy, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.contentFilters.0.enabled can't be known during preview",
    );
  });
});
