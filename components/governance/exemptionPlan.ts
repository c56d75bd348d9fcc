/**
 * The pack's exemptions (the `exemptions` parameter of `exemptions-valid`) as Azure Policy
 * exemptions: the same policy, reason and last day. Entries the pack would not apply are judged
 * the same way here: an entry without a reason or a valid date is an error, an expired one is left
 * out (the pack no longer applies it either).
 */
import type { PolicyPackConfig } from "./assignmentPlan";

/** An exemption as written in the pack config. */
export interface PackExemptionEntry {
  readonly policy?: string;
  readonly resource?: string;
  readonly reason?: string;
  readonly expires?: string;
}

/** A pack exemption the baseline mirrors. */
export interface PlannedExemption {
  /** The entry's position in the pack's list. */
  readonly index: number;
  readonly policy: string;
  /** The entry's resource pattern, the key of `exemptionScopes`. */
  readonly resource: string;
  readonly reason: string;
  /** The end of the entry's last day, UTC (`2027-03-31T23:59:59Z`). */
  readonly expiresOn: string;
}

const MIN_REASON_LENGTH = 10;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The exemption list of a pack config. */
export function packExemptions(config: PolicyPackConfig): readonly PackExemptionEntry[] {
  const entry = config["exemptions-valid"];
  const list = typeof entry === "object" ? entry.exemptions : undefined;
  return Array.isArray(list) ? (list as PackExemptionEntry[]) : [];
}

/**
 * The entries to mirror for the given assigned policies, and the problems of the others
 * (property path under the pack config, reason).
 */
export function planExemptions(
  config: PolicyPackConfig,
  assignedPolicies: ReadonlySet<string>,
  today: string,
): { exemptions: PlannedExemption[]; problems: { path: string; reason: string }[] } {
  const exemptions: PlannedExemption[] = [];
  const problems: { path: string; reason: string }[] = [];
  packExemptions(config).forEach((entry, index) => {
    if (typeof entry.policy !== "string" || !assignedPolicies.has(entry.policy)) return;
    const path = `policyConfig["exemptions-valid"].exemptions[${index}]`;
    const before = problems.length;
    const reason = typeof entry.reason === "string" ? entry.reason.trim() : "";
    const expires = typeof entry.expires === "string" ? entry.expires : "";
    const valid = DATE_RE.test(expires) && !Number.isNaN(Date.parse(`${expires}T00:00:00Z`));
    if (typeof entry.resource !== "string" || entry.resource === "") {
      problems.push({ path: `${path}.resource`, reason: "names no resource: give a pattern" });
    }
    if (reason.length < MIN_REASON_LENGTH) {
      problems.push({
        path: `${path}.reason`,
        reason: `give a reason of at least ${MIN_REASON_LENGTH} characters`,
      });
    }
    if (!valid) {
      problems.push({ path: `${path}.expires`, reason: "give the last day as YYYY-MM-DD" });
    }
    if (problems.length > before || expires < today) return;
    exemptions.push({
      index,
      policy: entry.policy,
      resource: entry.resource as string,
      reason,
      expiresOn: `${expires}T23:59:59Z`,
    });
  });
  return { exemptions, problems };
}
