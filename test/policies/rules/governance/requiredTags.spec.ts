import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { requiredTags as rule } from "../../../../policies/rules/governance/requiredTags";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const tags = () => ({
  "cost-center": "cc-42",
  owner: "ml-platform",
  environment: "dev",
  workload: "rag",
});
const run = (type: string, props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, type, props, { config });

describe("required-tags", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(T.storageAccount, { tags: tags() })), []));

  it("reports missing and empty tags", () =>
    assert.deepStrictEqual(
      messages(run(T.vault, { tags: { "cost-center": "cc-42", owner: " " } })),
      ["tags lacks 'owner', 'environment'; add them."],
    ));

  it("reports a taggable type that sets no tags", () =>
    assert.deepStrictEqual(messages(run(T.aiAccount, { properties: {} })), [
      "tags lacks 'cost-center', 'owner', 'environment'; add them.",
    ]));

  it("checks any azure-native resource that has tags", () =>
    assert.deepStrictEqual(messages(run("azure-native:search:Service", { tags: { owner: "x" } })), [
      "tags lacks 'cost-center', 'environment'; add them.",
    ]));

  it("ignores untaggable types and other providers", () => {
    assert.deepStrictEqual(messages(run(T.blobContainer, { accountName: "st" })), []);
    assert.deepStrictEqual(
      messages(run("random:index/randomString:RandomString", { length: 4 })),
      [],
    );
  });

  it("uses the configured keys", () =>
    assert.deepStrictEqual(
      messages(run(T.registry, { tags: tags() }, { requiredTags: ["data-class"] })),
      ["tags lacks 'data-class'; add it."],
    ));

  it("counts a tag whose value is unknown at preview as present", () => {
    const result = run(T.registry, { tags: { ...tags(), owner: UNKNOWN } });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the whole tags object is unknown", () =>
    assert.strictEqual(
      run(T.registry, { tags: UNKNOWN }).unknown,
      "string value at .tags can't be known during preview",
    ));
});
