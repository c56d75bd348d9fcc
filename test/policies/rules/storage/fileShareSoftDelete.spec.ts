import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageFileShareSoftDelete as rule } from "../../../../policies/rules/storage/fileShareSoftDelete";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const fileService = (shareDeleteRetentionPolicy?: unknown) => ({
  accountName: "stai",
  resourceGroupName: "rg-ai",
  fileServicesName: "default",
  ...(shareDeleteRetentionPolicy === undefined ? {} : { shareDeleteRetentionPolicy }),
});
const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.fileServiceProperties, props, { config });

describe("storage-file-share-soft-delete", () => {
  it("passes seven days, the minimum", () =>
    assert.deepStrictEqual(messages(run(fileService({ enabled: true, days: 7 }))), []));

  it("reports six days", () =>
    assert.deepStrictEqual(messages(run(fileService({ enabled: true, days: 6 }))), [
      "shareDeleteRetentionPolicy.days is 6; keep at least 7 days.",
    ]));

  it("reports soft delete off or unset", () => {
    assert.deepStrictEqual(messages(run(fileService({ enabled: false, days: 7 }))), [
      "shareDeleteRetentionPolicy.enabled is not true; enable it with days: 7.",
    ]);
    assert.deepStrictEqual(messages(run(fileService())), [
      "shareDeleteRetentionPolicy is not set; set it to { enabled: true, days: 7 }.",
    ]);
  });

  it("uses the configured minimum", () =>
    assert.deepStrictEqual(
      messages(run(fileService({ enabled: true, days: 7 }), { minimumDays: 14 })),
      ["shareDeleteRetentionPolicy.days is 7; keep at least 14 days."],
    ));

  it("is skipped at preview when the policy is unknown", () =>
    assert.strictEqual(
      run(fileService(UNKNOWN)).unknown,
      "string value at .shareDeleteRetentionPolicy can't be known during preview",
    ));
});
