import { ipv4BlockSize, ipv4Range, parseIpv4Prefix } from "../../policies/facts/ipv4";

/** IPv4 CIDR arithmetic for subnet planning and validation. */
export interface Cidr {
  /** The network address as an unsigned 32-bit integer. */
  start: number;
  /** The last address in the block. */
  end: number;
  prefixLength: number;
  text: string;
}

const blockSize = ipv4BlockSize;

/** Parses `a.b.c.d/n`; `undefined` when malformed or when host bits are set (Azure rejects those). */
export function parseCidr(text: string): Cidr | undefined {
  const parts = parseIpv4Prefix(text);
  if (!parts || parts.address % blockSize(parts.prefixLength) !== 0) return undefined;
  const { first, last } = ipv4Range(parts);
  return { start: first, end: last, prefixLength: parts.prefixLength, text };
}

/** Why `text` is not a usable CIDR block, or `undefined`. */
export function cidrProblem(text: string): string | undefined {
  const parts = parseIpv4Prefix(text);
  if (!parts) return `"${text}" is not an IPv4 CIDR block such as 10.0.0.0/24`;
  const size = blockSize(parts.prefixLength);
  if (parts.address % size !== 0) {
    return `"${text}" has host bits set; use the network address ${toText(parts.address - (parts.address % size), parts.prefixLength)}`;
  }
  return undefined;
}

function toText(address: number, prefixLength: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256);
  return `${octets.join(".")}/${prefixLength}`;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The `index`-th block of length `prefixLength` inside `parent`; `undefined` when it does not fit. */
export function carve(parent: Cidr, prefixLength: number, index: number): string | undefined {
  if (prefixLength < parent.prefixLength) return undefined;
  const start = parent.start + index * blockSize(prefixLength);
  if (start + blockSize(prefixLength) - 1 > parent.end) return undefined;
  return toText(start, prefixLength);
}

/** Usable addresses in a subnet: Azure reserves five in each. */
export function usableAddresses(cidr: Cidr): number {
  return Math.max(0, cidr.end - cidr.start + 1 - 5);
}

/** Why `range` is not an IPv4 address or CIDR range for a firewall rule, or `undefined`. */
export function ipRangeProblem(range: string): string | undefined {
  return cidrProblem(range.includes("/") ? range : `${range}/32`)?.replace("/32", "");
}
