/**
 * Durations as Key Vault rotation policies take them (ISO 8601 `P90D`, `P1Y6M`, `P2W`), in days:
 * a year counts 365 days and a month 30, as Key Vault counts them.
 */
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The duration in days, or undefined when `text` is not a Key Vault duration. */
export function durationDays(text: unknown): number | undefined {
  if (typeof text !== "string" || text === "P") return undefined;
  const match = DURATION.exec(text);
  if (match === null) return undefined;
  const [years, months, weeks, days] = match.slice(1).map((v) => Number(v ?? 0));
  return years * 365 + months * 30 + weeks * 7 + days;
}
