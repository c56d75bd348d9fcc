import { createHash } from "crypto";

/** A short, stable lowercase hex digest of the parts; used for logical-name and physical-name suffixes. */
export function shortHash(parts: readonly string[], length = 8): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, length);
}

/**
 * A deterministic GUID (RFC 4122 version 5 layout over SHA-1) of the parts, as Bicep's `guid()`
 * does, so role assignment names stay the same from one deployment to the next.
 */
export function stableGuid(...parts: string[]): string {
  const hex = createHash("sha1").update(parts.join("\u0000")).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join("-");
}
