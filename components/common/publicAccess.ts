import { ipRangeProblem } from "./cidr";
import { InputValidator } from "./validation";

/** The explicit opt-out of private-only access shared by vaults, storage and AI accounts. */
export interface PublicAccessArgs {
  /**
   * Opt-out of private-only access. With `"Enabled"`, only `allowedIpRanges` get in: the network
   * rules still deny everything else.
   * @default "Disabled"
   */
  publicNetworkAccess?: "Disabled" | "Enabled";
  /** IPv4 addresses or CIDR ranges allowed when `publicNetworkAccess` is `"Enabled"`. @default [] */
  allowedIpRanges?: string[];
}

/** Checks the opt-out: a known mode, ranges only with public access on, and well-formed ranges. */
export function validatePublicAccess(v: InputValidator, args: PublicAccessArgs): void {
  v.check(
    args.publicNetworkAccess === undefined ||
      ["Disabled", "Enabled"].includes(args.publicNetworkAccess),
    "publicNetworkAccess",
    `"${args.publicNetworkAccess}" is not allowed: use Disabled or Enabled`,
  );
  v.check(
    args.allowedIpRanges === undefined || args.publicNetworkAccess === "Enabled",
    "allowedIpRanges",
    'applies only with publicNetworkAccess: "Enabled"; remove it or enable public access explicitly',
  );
  (args.allowedIpRanges ?? []).forEach((range, i) =>
    v.report(`allowedIpRanges[${i}]`, ipRangeProblem(range)),
  );
}
