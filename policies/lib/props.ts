/**
 * Small readers for props wrapped in the SDK's unknown-checking proxy. The proxy throws only when
 * a *value* that is unknown at preview is read; `in` and `Object.keys` never throw, so presence
 * questions are answered without touching values.
 */

/** The key under which the SDK's proxy hands out its target object. */
const PROXY_TARGET = "__getSpecialProxyTarget";

/** True when `obj` is an object holding the key `key` (whatever its value, even unknown). */
export function has(obj: unknown, key: string): boolean {
  return obj !== null && typeof obj === "object" && key in obj;
}

/**
 * The plain object behind a proxied props object, unknown values included as their sentinels.
 * Use it to build remediated props: spreading the proxy itself would read every value.
 */
export function rawProps<T extends object>(props: T): T {
  const target = (props as Record<string, unknown>)[PROXY_TARGET];
  return (target ?? props) as T;
}

/** Formats a list of values for messages: `'a', 'b'`. */
export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => `'${String(v)}'`).join(", ");
}

// The SDK's error for reading an unknown value; its published typings are empty (`export {}`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { UnknownValueError } = require("@pulumi/policy/proxy") as {
  UnknownValueError: new (...args: any[]) => Error;
};

/** What `peek` returns for a value that is unknown during preview. */
export const UNRESOLVED: unique symbol = Symbol("unknown during preview");

/**
 * Reads a value that may be unknown at preview without giving up the rule: returns `UNRESOLVED`
 * instead of throwing, so a known sibling can still decide. When nothing else decides, read the
 * value plainly so the SDK reports the rule as skipped at preview.
 */
export function peek<V>(read: () => V): V | typeof UNRESOLVED {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnknownValueError) return UNRESOLVED;
    throw e;
  }
}

/**
 * Gives up on a rule whose decision hangs on a value that `peek` found unknown: reads it again
 * so the SDK's proxy throws and the SDK reports the rule as skipped at preview.
 */
export function skipUnknown(read: () => unknown): never {
  read();
  throw new Error("skipUnknown called for a value that is known");
}

/**
 * Whether an input whose unset value is secure (Azure's default) is set to anything but the
 * secure boolean. `null` counts as unset; a string or a number is never taken for a boolean,
 * since azure-native sends it to Azure as it is.
 */
export function setToOtherThan(value: unknown, secure: boolean): boolean {
  return value !== undefined && value !== null && value !== secure;
}

/** How a value reads in messages: strings quoted, so `"true"` and `true` differ. */
export function shown(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
