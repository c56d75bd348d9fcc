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
