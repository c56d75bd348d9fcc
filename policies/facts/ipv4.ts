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
    // Multiplying, not shifting: bitwise operators would make addresses from 128.0.0.0 negative.
    value = value * 256 + Number(part);
  }
  return value;
}

/**
 * A dotted-decimal IPv4 address as Azure takes it for a next hop or a firewall's private address:
 * four parts from 0 to 255 without leading zeros.
 */
export const IPV4_ADDRESS_PATTERN =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The addresses in a block of prefix length `prefixLength` (0-32). */
export function ipv4BlockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}

/** An address and prefix length, `a.b.c.d/n`, as numbers. */
export interface Ipv4Prefix {
  /** The address as written, host bits included, as an unsigned 32-bit number. */
  address: number;
  prefixLength: number;
}

/**
 * `a.b.c.d/n` with a prefix length of one or two digits from 0 to 32; host bits are allowed (the
 * caller decides whether they are a problem). `undefined` for anything else, including a missing
 * or empty prefix length.
 */
export function parseIpv4Prefix(text: string): Ipv4Prefix | undefined {
  const [addressText, prefixText, ...extra] = text.split("/");
  if (prefixText === undefined || extra.length > 0 || !/^\d{1,2}$/.test(prefixText)) {
    return undefined;
  }
  const address = parseIpv4(addressText);
  const prefixLength = Number(prefixText);
  if (address === undefined || prefixLength > 32) return undefined;
  return { address, prefixLength };
}

/** The first and last address of the block of `prefixLength` that holds `address`, both inclusive. */
export function ipv4Range(prefix: Ipv4Prefix): { first: number; last: number } {
  const size = ipv4BlockSize(prefix.prefixLength);
  const first = prefix.address - (prefix.address % size);
  return { first, last: first + size - 1 };
}
