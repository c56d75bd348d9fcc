/**
 * The zone's arguments with every key set to `undefined` dropped, at any depth of plain
 * objects. Builders spread an override after their defaults, so `{ routeTableResourceId:
 * undefined }` (what a config object or a conditional spread often yields) would otherwise
 * erase the default it meant to leave alone. Outputs, resources and arrays are kept as given.
 */
export function withoutUndefinedKeys<T>(value: T): T {
  if (!isPlainObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) kept[key] = withoutUndefinedKeys(entry);
  }
  return kept as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
