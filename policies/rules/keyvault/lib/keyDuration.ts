import { durationDays as calendarDays } from "../../../facts/isoDuration";

/**
 * Durations as Key Vault rotation policies take them (ISO 8601 `P90D`, `P1Y6M`, `P2W`), in days:
 * a year counts 365 days and a month 30, as Key Vault counts them. The pack judges whatever a
 * program sends, so weeks count too.
 */
export function durationDays(text: unknown): number | undefined {
  return calendarDays(text, { weeks: true });
}
