/**
 * The pack's exemptions (the `exemptions` parameter of `exemptions-valid`) as Azure Policy
 * exemptions: the same policy, reason and last day. Entries the pack would not apply are judged
 * the same way here: an entry without a reason or a valid date is an error, an expired one is left
 * out (the pack no longer applies it either).
 */
import {
  ExemptionEntry,
  EXEMPTION_MIN_REASON_LENGTH,
  EXEMPTIONS_POLICY,
  EXPIRY_DATE_PATTERN,
  isCalendarDay,
} from "../../policies/facts/exemptions";
import type { PolicyPackConfig } from "./assignmentPlan";

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

/** The exemption list of a pack config. */
export function packExemptions(config: PolicyPackConfig): readonly ExemptionEntry[] {
  const entry = config[EXEMPTIONS_POLICY];
  const list = typeof entry === "object" ? entry.exemptions : undefined;
  return Array.isArray(list) ? (list as ExemptionEntry[]) : [];
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
    const path = `policyConfig["${EXEMPTIONS_POLICY}"].exemptions[${index}]`;
    const before = problems.length;
    const reason = typeof entry.reason === "string" ? entry.reason.trim() : "";
    const expires = typeof entry.expires === "string" ? entry.expires : "";
    const valid = EXPIRY_DATE_PATTERN.test(expires) && isCalendarDay(expires);
    if (typeof entry.resource !== "string" || entry.resource === "") {
      problems.push({ path: `${path}.resource`, reason: "names no resource: give a pattern" });
    }
    if (reason.length < EXEMPTION_MIN_REASON_LENGTH) {
      problems.push({
        path: `${path}.reason`,
        reason: `give a reason of at least ${EXEMPTION_MIN_REASON_LENGTH} characters`,
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
