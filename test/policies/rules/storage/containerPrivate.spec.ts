import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageContainerPrivate as rule } from "../../../../policies/rules/storage/containerPrivate";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { blobContainer } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.blobContainer, props);

describe("storage-container-private", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(blobContainer())), []));

  it("passes when publicAccess is unset", () => {
    const props = blobContainer();
    delete props.publicAccess;
    assert.deepStrictEqual(messages(run(props)), []);
  });

  it("reports anonymous container access, as mandatory", () => {
    const result = run({ ...blobContainer(), publicAccess: "Container" });
    assert.deepStrictEqual(messages(result), ["publicAccess is 'Container'; set it to 'None'."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("is skipped at preview when the access level is unknown", () =>
    assert.strictEqual(
      run({ ...blobContainer(), publicAccess: UNKNOWN }).unknown,
      "string value at .publicAccess can't be known during preview",
    ));
});
