/**
 * ISO 8601 durations as Azure takes them, in two families:
 * - calendar durations (`P90D`, `P1Y6M`, `P2W`), as Key Vault rotation policies take them, in
 *   days: a year counts 365 days and a month 30, as Key Vault counts them;
 * - day-time durations (`PT120S`, `PT2M`, `P1DT12H`), as Azure ML scale settings, probes and
 *   monitor windows take them, in seconds.
 * Which spellings a reader accepts beyond the plain form (weeks, fractions) is its own choice:
 * the components accept what they can promise Azure takes, the pack judges whatever it is given.
 */

/** Spellings accepted beyond whole numbers of the family's units. */
export interface DurationSyntax {
  /** Weeks in a calendar duration (`P2W`). @default false */
  weeks?: boolean;
  /** Values with a fraction: none, seconds only (`PT0.5S`), or every value. @default "none" */
  fractions?: "none" | "seconds" | "all";
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const CALENDAR = new RegExp(`^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?$`);
const DAY_TIME = new RegExp(
  `^P(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);

/** The matched values, or `undefined` when a value breaks the fraction rule. */
function values(
  match: RegExpExecArray,
  fractions: DurationSyntax["fractions"],
  fractionalAt: (index: number) => boolean,
): number[] | undefined {
  const parts = match.slice(1);
  const fractional = parts.map((p) => p !== undefined && p.includes("."));
  if (fractional.some((f, i) => f && !(fractions === "all" || fractionalAt(i)))) return undefined;
  return parts.map((p) => Number(p ?? 0));
}

/** The calendar duration in days, or `undefined` when `text` is not one. */
export function durationDays(text: unknown, syntax: DurationSyntax = {}): number | undefined {
  if (typeof text !== "string" || text === "P") return undefined;
  const match = CALENDAR.exec(text);
  if (match === null) return undefined;
  const parts = values(match, syntax.fractions, () => false);
  if (parts === undefined) return undefined;
  const [years, months, weeks, days] = parts;
  if (match[3] !== undefined && syntax.weeks !== true) return undefined;
  return years * 365 + months * 30 + weeks * 7 + days;
}

/** The day-time duration in seconds, or `undefined` when `text` is not one. */
export function durationSeconds(text: unknown, syntax: DurationSyntax = {}): number | undefined {
  if (typeof text !== "string" || text === "P" || text.endsWith("T")) return undefined;
  const match = DAY_TIME.exec(text);
  if (match === null) return undefined;
  const fractions = syntax.fractions ?? "none";
  const parts = values(match, fractions, (i) => fractions === "seconds" && i === 3);
  if (parts === undefined) return undefined;
  const [days, hours, minutes, seconds] = parts;
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}
