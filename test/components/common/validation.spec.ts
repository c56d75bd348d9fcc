import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { InputValidator, validateBroughtIdentity } from "../../../components/common";

const identityId =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app";

describe("common/validation", () => {
  describe("InputValidator.wholeNumber", () => {
    it("passes whole numbers inside the range and an argument left out", () => {
      const v = new InputValidator("ailz:test:Thing", "t");
      const range = { min: 7, max: 90, unit: "days" };
      assert.deepStrictEqual(
        [7, 90, 30, undefined].map((n) => v.wholeNumber("days", n, range)),
        [true, true, true, true],
      );
      assert.deepStrictEqual(v.problems, []);
    });

    it("names the unit and the bounds for a value outside the range, a fraction or a non-number", () => {
      const v = new InputValidator("ailz:test:Thing", "t");
      const range = { min: 7, max: 90, unit: "days" };
      const results = [6, 91, 7.5, "30" as unknown as number].map((n) =>
        v.wholeNumber("days", n, range),
      );
      assert.deepStrictEqual(results, [false, false, false, false]);
      assert.deepStrictEqual(
        v.problems.map((p) => p.reason),
        [
          "6 is out of range: use a whole number of days from 7 to 90",
          "91 is out of range: use a whole number of days from 7 to 90",
          "7.5 is out of range: use a whole number of days from 7 to 90",
          "30 is out of range: use a whole number of days from 7 to 90",
        ],
      );
    });

    it("has no upper bound without max, and takes the caller's reason", () => {
      const v = new InputValidator("ailz:test:Thing", "t");
      assert.strictEqual(v.wholeNumber("count", 1_000_000, { min: 1 }), true);
      assert.strictEqual(v.wholeNumber("count", 0, { min: 1 }, "use at least one"), false);
      assert.strictEqual(v.wholeNumber("size", -1, { min: 0 }), false);
      assert.deepStrictEqual(v.problems, [
        { propertyPath: "count", reason: "use at least one" },
        { propertyPath: "size", reason: "-1 is out of range: use a whole number from 0" },
      ]);
    });
  });

  describe("validateBroughtIdentity", () => {
    const problems = (args: Parameters<typeof validateBroughtIdentity>[1]) => {
      const v = new InputValidator("ailz:test:Thing", "t");
      validateBroughtIdentity(v, args);
      return v.problems.map((p) => p.propertyPath);
    };

    it("accepts neither argument, or a well-formed ID with its principal ID", () => {
      assert.deepStrictEqual(problems({}), []);
      assert.deepStrictEqual(
        problems({
          userAssignedIdentityResourceId: identityId,
          userAssignedIdentityPrincipalId: "p",
        }),
        [],
      );
    });

    it("rejects one without the other, and an ID of another resource type", () => {
      assert.deepStrictEqual(problems({ userAssignedIdentityResourceId: identityId }), [
        "userAssignedIdentityPrincipalId",
      ]);
      assert.deepStrictEqual(problems({ userAssignedIdentityPrincipalId: "p" }), [
        "userAssignedIdentityPrincipalId",
      ]);
      assert.deepStrictEqual(
        problems({
          userAssignedIdentityResourceId: identityId.replace(
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            "Microsoft.KeyVault/vaults",
          ),
          userAssignedIdentityPrincipalId: "p",
        }),
        ["userAssignedIdentityResourceId"],
      );
    });
  });
});

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
