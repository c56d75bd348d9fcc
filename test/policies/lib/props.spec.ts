import * as assert from "assert";
import { has, peek, rawProps, refersTo, skipUnknown, UNRESOLVED } from "../../../policies/lib";
import { sdkProps, stackResource, UNKNOWN } from "../../helpers/policyArgs";

describe("prop readers", () => {
  const props = sdkProps({ known: "Disabled", hidden: UNKNOWN, nested: { value: UNKNOWN } });

  it("tests presence without reading unknown values", () => {
    assert.strictEqual(has(props, "hidden"), true);
    assert.strictEqual(has(props.nested, "value"), true);
    assert.strictEqual(has(props, "absent"), false);
    assert.strictEqual(has(undefined, "x"), false);
  });

  it("peeks: a known value, or UNRESOLVED for an unknown one", () => {
    assert.strictEqual(
      peek(() => props.known),
      "Disabled",
    );
    assert.strictEqual(
      peek(() => props.hidden),
      UNRESOLVED,
    );
    assert.strictEqual(
      peek(() => props.nested.value),
      UNRESOLVED,
    );
    assert.throws(() => peek(() => (props.absent as { x: string }).x), TypeError);
  });

  it("skips at preview by rethrowing the SDK's unknown-value error", () => {
    assert.throws(
      () => skipUnknown(() => props.hidden),
      /string value at \.hidden can't be known during preview/,
    );
    assert.throws(() => skipUnknown(() => props.known), /called for a value that is known/);
  });

  it("hands out the raw object behind the proxy, sentinels included", () => {
    const raw = rawProps(props);
    assert.deepStrictEqual(
      { ...raw },
      { known: "Disabled", hidden: UNKNOWN, nested: { value: UNKNOWN } },
    );
    assert.throws(() => ({ ...props }), /can't be known during preview/);
  });
});

describe("stack relations", () => {
  const target = stackResource("t:m:A", "a", {});
  const other = stackResource("t:m:A", "b", {});

  it("follows the named property's dependencies when the engine recorded them", () => {
    const viaProperty = stackResource(
      "t:m:B",
      "x",
      {},
      { propertyDependencies: { resourceUri: [target] } },
    );
    assert.strictEqual(refersTo(viaProperty, target, "resourceUri"), true);
    assert.strictEqual(refersTo(viaProperty, other, "resourceUri"), false);
    const viaOtherProperty = stackResource(
      "t:m:B",
      "y",
      {},
      { propertyDependencies: { scope: [target] } },
    );
    assert.strictEqual(refersTo(viaOtherProperty, target, "resourceUri"), false);
  });

  it("falls back to plain dependencies when no property dependencies were recorded", () => {
    const dependent = stackResource("t:m:B", "z", {}, { dependencies: [target] });
    assert.strictEqual(refersTo(dependent, target, "resourceUri"), true);
    assert.strictEqual(refersTo(dependent, other, "resourceUri"), false);
  });
});
