/**
 * ISO 8601 day-time durations (`PT120S`, `PT2M`, `P7D`, `P1DT12H`), as Azure ML scale settings
 * and monitor windows take them, converted to seconds for range checks. Years and months are
 * not accepted: their length varies and Azure ML windows are stated in days.
 */
const pattern = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The duration in seconds, or `undefined` when `text` is not a day-time duration. */
export function durationSeconds(text: string): number | undefined {
  const match = pattern.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}
