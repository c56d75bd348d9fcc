/**
 * ISO 8601 durations as Key Vault rotation policies take them (`P90D`, `P1Y6M`), converted to an
 * approximate number of days for ordering checks.
 */
const durationPattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/;

export function durationDays(text: string): number | undefined {
  const match = durationPattern.exec(text);
  if (!match || text === "P") return undefined;
  const [years, months, days] = match.slice(1).map((part) => Number(part ?? 0));
  return years * 365 + months * 30 + days;
}
