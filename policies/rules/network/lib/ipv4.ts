/** IPv4 CIDR arithmetic for the VNet DNS policy. Not a policy. */
import { ipv4Range, parseIpv4, parseIpv4Prefix } from "../../../facts/ipv4";

/**
 * True when `address` lies inside the IPv4 block `cidr`, its first and last address included; a
 * block without a prefix length is one address (`/32`), and host bits are ignored. False for
 * anything unparsable, including an empty or malformed prefix length.
 */
export function inCidr(address: string, cidr: string): boolean {
  const parts = cidr.split("/").map((part) => part.trim());
  const block = parseIpv4Prefix(parts.length === 1 ? `${parts[0]}/32` : parts.join("/"));
  const ip = parseIpv4(address.trim());
  if (ip === undefined || block === undefined) return false;
  const { first, last } = ipv4Range(block);
  return ip >= first && ip <= last;
}
