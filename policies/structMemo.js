// Converts each protobuf Struct the analyzer receives to plain JavaScript once, not once per policy.
//
// For every policy that inspects a resource, the policy SDK calls `toJavaScript()` on the same
// request Struct and then deep-copies the result into that policy's own props, so the conversion
// itself is repeated work: about 25 times per resource with this pack, and once per stack policy
// and resource in AnalyzeStack. The SDK never mutates the converted value (it copies it), so
// handing back the first conversion gives every policy the same props as before.
"use strict";
const path = require("path");

/** The Struct class of the google-protobuf copy the policy SDK itself loads. */
function sdkStruct() {
  const sdkDir = path.dirname(require.resolve("@pulumi/policy"));
  const structModule = require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [sdkDir],
  });
  return require(structModule).Struct;
}

/** Installs the memo on `Struct` (idempotent); returns the Struct class it patched. */
function memoizeStructs(Struct = sdkStruct()) {
  const convert = Struct.prototype.toJavaScript;
  if (convert.memoized) return Struct;
  const converted = new WeakMap();
  const memoized = function toJavaScript() {
    let value = converted.get(this);
    if (value === undefined) {
      value = convert.call(this);
      converted.set(this, value);
    }
    return value;
  };
  memoized.memoized = true;
  Struct.prototype.toJavaScript = memoized;
  return Struct;
}

module.exports = { memoizeStructs, sdkStruct };
