import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageBlobVersioning as rule } from "../../../../policies/rules/storage/blobVersioning";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { blobService } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.blobServiceProperties, props);

describe("storage-blob-versioning", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(blobService())), []));

  it("reports versioning off", () =>
    assert.deepStrictEqual(messages(run({ ...blobService(), isVersioningEnabled: false })), [
      "isVersioningEnabled is not true; set it to true.",
    ]));

  it("reports versioning unset", () => {
    const props = blobService();
    delete props.isVersioningEnabled;
    assert.deepStrictEqual(messages(run(props)), [
      "isVersioningEnabled is not true; set it to true.",
    ]);
  });

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      run({ ...blobService(), isVersioningEnabled: UNKNOWN }).unknown,
      "string value at .isVersioningEnabled can't be known during preview",
    ));
});
