/**
 * A dotted-decimal IPv4 address as an unsigned 32-bit number: four parts of one to three digits,
 * each at most 255. `undefined` for anything else (no surrounding spaces, no IPv6).
 */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

/** The addresses in a block of prefix length `prefixLength` (0-32). */
export function ipv4BlockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}
