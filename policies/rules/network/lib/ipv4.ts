/** IPv4 address and CIDR arithmetic for the VNet DNS policy. Not a policy. */

/** The address as a 32-bit unsigned number, or undefined when it is not dotted IPv4. */
export function ipv4(address: string): number | undefined {
  const parts = address.trim().split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

/** True when `address` lies inside the IPv4 block `cidr` (false for anything unparsable). */
export function inCidr(address: string, cidr: string): boolean {
  const [base, bits = "32"] = cidr.trim().split("/");
  const ip = ipv4(address);
  const start = ipv4(base);
  const length = Number(bits);
  if (ip === undefined || start === undefined || !Number.isInteger(length)) return false;
  if (length < 0 || length > 32) return false;
  const size = 2 ** (32 - length);
  const first = Math.floor(start / size) * size;
  return ip >= first && ip < first + size;
}
