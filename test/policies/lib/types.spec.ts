import * as assert from "assert";
import { T } from "../../../policies/lib";

describe("lib/types", () => {
  it("names each type token once, so rules of one resource match it by one name", () => {
    const names = Object.keys(T);
    assert.ok(names.length > 40, `only ${names.length} tokens`);
    const byToken = new Map<string, string[]>();
    for (const [name, token] of Object.entries(T)) {
      byToken.set(token, [...(byToken.get(token) ?? []), name]);
    }
    const repeated = [...byToken.entries()].filter(([, ns]) => ns.length > 1);
    assert.deepStrictEqual(repeated, []);
  });
});
