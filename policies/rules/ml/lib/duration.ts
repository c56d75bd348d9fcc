import { durationSeconds as dayTimeSeconds } from "../../../facts/isoDuration";

/**
 * ISO 8601 day-time durations as Azure ML spells idle timeouts (`PT120S`, `PT30M`, `P1DT2H`), in
 * seconds. The pack judges whatever a program sends, so fractions count in every part (`PT1.5M`).
 */
export function durationSeconds(text: string): number | undefined {
  return dayTimeSeconds(text, { fractions: "all" });
}
