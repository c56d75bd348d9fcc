import * as assert from "assert";
import * as fs from "fs";
import { installCheapStackCaptures, sdkCallsites } from "../../cli/simulator/stackCaptures";

/* eslint-disable @typescript-eslint/no-require-imports */
const resourceModule = require("@pulumi/pulumi/resource");
const debuggable = require("@pulumi/pulumi/runtime/debuggable");
const sample: { through<T>(capture: () => T): [T, T] } = require("../fixtures/stack/sample.js");
/* eslint-enable @typescript-eslint/no-require-imports */

type Frame = { file?: string; line?: number; column?: number };

describe("cheap stack captures for the SDK", () => {
  before(() => installCheapStackCaptures());

  it("wraps SDK internals that still exist and are still used the way they were", () => {
    const resourceJs = fs.readFileSync(require.resolve("@pulumi/pulumi/resource"), "utf8");
    assert.match(resourceJs, /let stack = Resource\.callsites\(\);/);
    assert.match(resourceJs, /static callsites\(\) \{/);
    const debuggableJs = fs.readFileSync(
      require.resolve("@pulumi/pulumi/runtime/debuggable"),
      "utf8",
    );
    assert.match(debuggableJs, /value: new Error\(\)\.stack/);
    assert.notStrictEqual(resourceModule.Resource.callsites, sdkCallsites, "installed");
  });

  it("reads the same frames as the SDK's text parsing, positions and all", () => {
    const [ours] = sample.through(() => resourceModule.Resource.callsites() as Frame[]);
    const [theirs] = sample.through(() => sdkCallsites() as Frame[]);
    assert.strictEqual(ours.length, theirs.length);
    // A plain JavaScript frame: no source map on either side, so the very same position.
    const at = theirs.findIndex((f) => f.file?.endsWith("sample.js"));
    assert.deepStrictEqual(ours[at], {
      file: require.resolve("../fixtures/stack/sample.js"),
      line: 4,
      column: 11,
    });
    assert.deepStrictEqual(theirs[at], ours[at]);
    // The SDK's parsing skips frames printed without parentheses (anonymous functions at top
    // level); those get their position here, the rest are frames of the same files.
    for (let i = 1; i < ours.length; i++) {
      if (theirs[i].file === undefined) continue;
      assert.strictEqual(ours[i].file !== undefined, true, `frame ${i}`);
    }
  });

  it("keeps no stack on internal promises, which still settle as before", async () => {
    const p = debuggable.debuggablePromise(Promise.resolve(42), "spec");
    assert.strictEqual(await p, 42);
    const failed = debuggable.debuggablePromise(Promise.reject(new Error("no")), "spec");
    await assert.rejects(failed, /no/);
  });
});
