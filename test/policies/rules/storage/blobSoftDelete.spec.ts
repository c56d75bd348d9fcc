import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageBlobSoftDelete as rule } from "../../../../policies/rules/storage/blobSoftDelete";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { blobService } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.blobServiceProperties, props, { config });

describe("storage-blob-soft-delete", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(blobService())), []));

  it("reports blob soft delete disabled", () =>
    assert.deepStrictEqual(
      messages(run({ ...blobService(), deleteRetentionPolicy: { enabled: false } })),
      ["deleteRetentionPolicy.enabled is not true; enable it with days: 7."],
    ));

  it("reports too short a container retention", () =>
    assert.deepStrictEqual(
      messages(
        run({ ...blobService(), containerDeleteRetentionPolicy: { enabled: true, days: 3 } }),
      ),
      ["containerDeleteRetentionPolicy.days is 3; keep at least 7 days."],
    ));

  it("reports both policies missing", () => {
    const props = blobService();
    delete props.deleteRetentionPolicy;
    delete props.containerDeleteRetentionPolicy;
    assert.deepStrictEqual(messages(run(props)), [
      "deleteRetentionPolicy is not set; set it to { enabled: true, days: 7 }.",
      "containerDeleteRetentionPolicy is not set; set it to { enabled: true, days: 7 }.",
    ]);
  });

  it("uses the configured minimum", () =>
    assert.deepStrictEqual(messages(run(blobService(), { minimumDays: 14 })), [
      "deleteRetentionPolicy.days is 7; keep at least 14 days.",
      "containerDeleteRetentionPolicy.days is 7; keep at least 14 days.",
    ]));

  it("is skipped at preview when the retention days are unknown", () =>
    assert.strictEqual(
      run({ ...blobService(), deleteRetentionPolicy: { enabled: true, days: UNKNOWN } }).unknown,
      "string value at .deleteRetentionPolicy.days can't be known during preview",
    ));
});
