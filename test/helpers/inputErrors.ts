import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";

/** One expected problem: the exact property path and a fragment (or pattern) of the reason. */
export interface ExpectedError {
  propertyPath: string;
  reason: string | RegExp;
}

/**
 * Asserts that `construct` throws one `InputPropertiesError` listing exactly these problems, in
 * any order, each at its property path with a reason that matches.
 */
export function assertInputErrors(construct: () => unknown, expected: ExpectedError[]): void {
  let thrown: unknown;
  try {
    construct();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, "expected the constructor to throw");
  assert.ok(
    pulumi.InputPropertiesError.isInstance(thrown),
    `expected InputPropertiesError, got ${String(thrown)}`,
  );
  const actual = thrown.errors;
  assert.deepStrictEqual(
    actual.map((e) => e.propertyPath).sort(),
    expected.map((e) => e.propertyPath).sort(),
    `problems reported: ${JSON.stringify(actual, null, 2)}`,
  );
  for (const want of expected) {
    const match = actual.find(
      (e) =>
        e.propertyPath === want.propertyPath &&
        (typeof want.reason === "string"
          ? e.reason.includes(want.reason)
          : want.reason.test(e.reason)),
    );
    assert.ok(
      match,
      `no reason at ${want.propertyPath} matches ${want.reason}: ${JSON.stringify(actual)}`,
    );
    assert.ok(thrown.message.includes(want.propertyPath), "the message names every property");
  }
}
