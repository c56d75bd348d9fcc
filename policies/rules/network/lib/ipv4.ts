/** IPv4 CIDR arithmetic for the VNet DNS policy. Not a policy. */
import { ipv4BlockSize, parseIpv4 } from "../../../facts/ipv4";

/** True when `address` lies inside the IPv4 block `cidr` (false for anything unparsable). */
export function inCidr(address: string, cidr: string): boolean {
  const [base, bits = "32"] = cidr.trim().split("/");
  const ip = parseIpv4(address.trim());
  const start = parseIpv4(base.trim());
  const length = Number(bits);
  if (ip === undefined || start === undefined || !Number.isInteger(length)) return false;
  if (length < 0 || length > 32) return false;
  const size = ipv4BlockSize(length);
  const first = Math.floor(start / size) * size;
  return ip >= first && ip < first + size;
}
