/**
 * Exemptions waive one policy for the resources a pattern matches, for a stated reason, until a
 * date. They are config entries of the `exemptions-valid` policy:
 *
 *     "exemptions-valid": { "exemptions": [
 *       { "policy": "storage-account-no-public-network-access",
 *         "resource": "urn:pulumi:dev::lz::azure-native:storage:StorageAccount::web*",
 *         "reason": "Static website approved in SEC-123", "expires": "2027-03-31" } ] }
 *
 * The SDK hands each policy only its own config, so `exemptions-valid` runs first for every
 * resource and the stack, loads the list here, and every other policy consults it when it is about
 * to report. An entry without a reason, without a valid expiry date, past its expiry, naming an
 * unknown policy or a never-exemptible one is not applied and is reported as a violation;
 * `exemptions-report` lists applied and unused entries at the end of the run.
 */

import {
  EXEMPTION_MIN_REASON_LENGTH,
  ExemptionEntry,
  EXPIRY_DATE_PATTERN,
  isCalendarDay,
} from "../facts/exemptions";

export type { ExemptionEntry };

/** A loaded exemption with its position in the list and its verdict. */
export interface Exemption {
  readonly index: number;
  readonly entry: ExemptionEntry;
  /** Why the entry cannot be applied, or undefined when it is valid and in force. */
  readonly problem?: string;
  readonly matches: (urn: string, name: string) => boolean;
}

/** What the pack knows about a policy when it judges an exemption. */
export interface PolicyExemptibility {
  readonly exemptible: boolean;
}

let loadedKey: string | undefined;
let loadedList: unknown;
let loadedDay: string | undefined;
let loaded: Exemption[] = [];
const applied = new Map<number, Set<string>>();

/** Where the pack looks up policy names (filled as rules are defined). */
const knownPolicies = new Map<string, PolicyExemptibility>();

/** Records that a policy exists and whether it may be exempted. */
export function registerPolicy(name: string, info: PolicyExemptibility): void {
  knownPolicies.set(name, info);
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*");
  return new RegExp(`^${escaped}$`);
}

function judge(entry: ExemptionEntry, today: string): string | undefined {
  if (typeof entry.policy !== "string" || entry.policy === "") return "it names no policy";
  const policy = knownPolicies.get(entry.policy);
  if (policy === undefined) return `policy '${entry.policy}' is not in this pack`;
  if (!policy.exemptible) return `policy '${entry.policy}' cannot be exempted`;
  if (typeof entry.resource !== "string" || entry.resource === "") return "it names no resource";
  if (
    typeof entry.reason !== "string" ||
    entry.reason.trim().length < EXEMPTION_MIN_REASON_LENGTH
  ) {
    return `it has no reason (at least ${EXEMPTION_MIN_REASON_LENGTH} characters)`;
  }
  if (typeof entry.expires !== "string" || !EXPIRY_DATE_PATTERN.test(entry.expires)) {
    return "it has no expiry date (YYYY-MM-DD)";
  }
  if (!isCalendarDay(entry.expires)) {
    return `its expiry '${entry.expires}' is not a date`;
  }
  if (entry.expires < today) return `it expired on ${entry.expires}`;
  return undefined;
}

let formattedDay = "";
let formattedDayEndsAt = 0;

/** Today's date in UTC as `YYYY-MM-DD` (formatted once a day: it is read for every resource). */
export function todayUtc(): string {
  const now = Date.now();
  if (now >= formattedDayEndsAt) {
    const date = new Date(now);
    formattedDay = date.toISOString().slice(0, 10);
    formattedDayEndsAt = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
  }
  return formattedDay;
}

/**
 * Loads the exemption list (the `exemptions` parameter of `exemptions-valid`). Cheap when the
 * list has not changed since the last call, so it can run for every resource.
 */
export function loadExemptions(list: unknown): readonly Exemption[] {
  const entries: ExemptionEntry[] = Array.isArray(list) ? (list as ExemptionEntry[]) : [];
  const today = todayUtc();
  // The SDK hands every call the same configured array: compare by identity before by content.
  if (list === loadedList && today === loadedDay) return loaded;
  loadedList = list;
  loadedDay = today;
  const key = `${today}|${JSON.stringify(entries)}`;
  if (key === loadedKey) return loaded;
  loadedKey = key;
  applied.clear();
  loaded = entries.map((raw, index) => {
    const entry: ExemptionEntry = raw !== null && typeof raw === "object" ? raw : {};
    const problem = judge(entry, today);
    const pattern = typeof entry.resource === "string" ? entry.resource : "";
    const re = globToRegExp(pattern);
    const byUrn = pattern.includes("::");
    return {
      index,
      entry,
      problem,
      matches: (urn: string, name: string) => re.test(byUrn ? urn : name),
    };
  });
  return loaded;
}

/** The valid exemption in force for this policy and resource, if any. */
export function findExemption(policy: string, urn: string, name: string): Exemption | undefined {
  for (const e of loaded) {
    if (e.problem === undefined && e.entry.policy === policy && e.matches(urn, name)) return e;
  }
  return undefined;
}

/** Notes that an exemption waived a violation of the resource `urn`. */
export function recordApplied(exemption: Exemption, urn: string): void {
  let urns = applied.get(exemption.index);
  if (urns === undefined) {
    urns = new Set();
    applied.set(exemption.index, urns);
  }
  urns.add(urn);
}

/** The loaded exemptions with the URNs each one waived so far in this run. */
export function exemptionUsage(): { exemption: Exemption; urns: string[] }[] {
  return loaded.map((exemption) => ({
    exemption,
    urns: [...(applied.get(exemption.index) ?? [])].sort(),
  }));
}

/** Forgets the loaded list and its usage (tests; a new pack run). */
export function resetExemptions(): void {
  loadedKey = undefined;
  loadedList = undefined;
  loadedDay = undefined;
  loaded = [];
  applied.clear();
}
