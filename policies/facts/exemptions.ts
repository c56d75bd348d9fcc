/**
 * What makes a pack exemption well formed. The pack applies exemptions and the governance
 * baseline mirrors them as Azure Policy exemptions; both judge an entry by these, so an entry the
 * pack would not apply is never mirrored.
 */

/** The policy whose config holds the exemption list: `{ "exemptions": [...] }`. */
export const EXEMPTIONS_POLICY = "exemptions-valid";

/** An exemption as written in the pack config. */
export interface ExemptionEntry {
  /** The policy name it waives. */
  readonly policy?: string;
  /**
   * A resource URN, or a pattern with `*` wildcards; a pattern containing `::` is matched against
   * the URN, anything else against the resource's logical name.
   */
  readonly resource?: string;
  /** Why the exemption is acceptable (at least `EXEMPTION_MIN_REASON_LENGTH` characters). */
  readonly reason?: string;
  /** Last day (UTC, `YYYY-MM-DD`) the exemption applies. */
  readonly expires?: string;
}

/** The fewest characters an exemption's reason may have, spaces around it not counted. */
export const EXEMPTION_MIN_REASON_LENGTH = 10;

/** The form of an exemption's last day: `YYYY-MM-DD`. */
export const EXPIRY_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a date the calendar has, as a UTC day (`Date.parse` accepts it). */
export function isCalendarDay(text: string): boolean {
  return !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}
