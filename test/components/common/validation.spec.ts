import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { InputValidator } from "../../../components/common";

describe("InputValidator", () => {
  it("records a view's problems under its prefix, in the one error of the validator it came from", () => {
    const v = new InputValidator("ailz:index:Zone", "z");
    v.fail("name", "own");
    v.within("storage").fail("accountName", "bad");
    v.within("network").within("subnets").fail("[0]", "overlaps");
    assert.throws(
      () => v.throwIfInvalid(),
      (e: unknown) => {
        assert.ok(pulumi.InputPropertiesError.isInstance(e));
        assert.deepStrictEqual(e.errors, [
          { propertyPath: "name", reason: "own" },
          { propertyPath: "storage.accountName", reason: "bad" },
          { propertyPath: "network.subnets[0]", reason: "overlaps" },
        ]);
        assert.match(e.message, /^ailz:index:Zone "z" has invalid arguments:/);
        return true;
      },
    );
  });

  it("maps paths with a function, drops those mapped to undefined, and reports a problem once", () => {
    const v = new InputValidator("t", "n");
    const view = v.within((path) => (path.startsWith("skip") ? undefined : `slots.${path}`));
    view.fail("blue.weight", "150 is not a weight");
    view.fail("skip.me", "reported elsewhere");
    view.fail("blue.weight", "150 is not a weight");
    v.fail("slots.blue.weight", "150 is not a weight");
    assert.deepStrictEqual(v.problems, [
      { propertyPath: "slots.blue.weight", reason: "150 is not a weight" },
    ]);
  });
});
