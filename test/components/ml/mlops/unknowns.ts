/**
 * The paths of every value the SDK serialized as unknown (`{ __pulumiUnknown: true }`) inside a
 * recorded input, so preview specs can assert that a wrapped object is fully known.
 */
export function unknownPaths(value: unknown, path = ""): string[] {
  if (value === null || typeof value !== "object") return [];
  if ((value as { __pulumiUnknown?: boolean }).__pulumiUnknown === true) return [path || "."];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    unknownPaths(inner, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key),
  );
}
