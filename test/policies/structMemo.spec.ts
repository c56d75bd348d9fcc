import * as assert from "assert";
import * as path from "path";

// The pack's start-up module is plain JavaScript, loaded before any TypeScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { memoizeStructs, sdkStruct } = require("../../policies/structMemo") as {
  memoizeStructs<C extends StructLike>(Struct?: C): C;
  sdkStruct(): StructLike;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deserialize = require("@pulumi/policy/deserialize") as {
  deserializeProperties(struct: unknown, proxySecrets: boolean): Record<string, any>;
};

type StructLike = { prototype: { toJavaScript(): unknown } };

/** A stand-in for `Struct` that counts its conversions. */
function fakeStruct() {
  let conversions = 0;
  class FakeStruct {
    constructor(readonly value: Record<string, unknown>) {}
    toJavaScript(): Record<string, unknown> {
      conversions++;
      return JSON.parse(JSON.stringify(this.value)) as Record<string, unknown>;
    }
  }
  return { FakeStruct, conversions: () => conversions };
}

describe("policy pack start-up: Struct conversion memo", () => {
  it("converts each Struct once and keeps separate Structs apart", () => {
    const { FakeStruct, conversions } = fakeStruct();
    memoizeStructs(FakeStruct);
    const a = new FakeStruct({ name: "a" });
    const b = new FakeStruct({ name: "b" });
    assert.strictEqual(a.toJavaScript(), a.toJavaScript());
    assert.deepStrictEqual(b.toJavaScript(), { name: "b" });
    assert.strictEqual(conversions(), 2);
  });

  it("installs once however often it is called", () => {
    const { FakeStruct } = fakeStruct();
    const first = memoizeStructs(FakeStruct).prototype.toJavaScript;
    assert.strictEqual(memoizeStructs(FakeStruct).prototype.toJavaScript, first);
  });

  it("still gives every policy its own copy of the props, so one cannot change another's", () => {
    const { FakeStruct } = fakeStruct();
    memoizeStructs(FakeStruct);
    const struct = new FakeStruct({ properties: { tags: ["a"] }, sku: { name: "Standard_ZRS" } });
    const first = deserialize.deserializeProperties(struct, false);
    first.properties.tags.push("changed");
    first.sku.name = "changed";
    const second = deserialize.deserializeProperties(struct, false);
    assert.deepStrictEqual(second, { properties: { tags: ["a"] }, sku: { name: "Standard_ZRS" } });
  });

  it("patches the google-protobuf copy the policy SDK loads", () => {
    const sdkDir = path.dirname(require.resolve("@pulumi/policy"));
    const structPath = require.resolve("google-protobuf/google/protobuf/struct_pb", {
      paths: [sdkDir],
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    assert.strictEqual(sdkStruct(), (require(structPath) as { Struct: StructLike }).Struct);
  });
});
