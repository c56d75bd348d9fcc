/**
 * A validator for the five-field cron expressions Azure ML schedules accept (NCronTab:
 * minute, hour, day of month, month, day of week). Azure only rejects a bad expression when the
 * schedule is created; checking it here turns a failed deployment into an error at preview.
 */

interface CronField {
  name: string;
  min: number;
  max: number;
  /** Names accepted instead of numbers (months, week days), mapped to their numbers. */
  names?: Record<string, number>;
}

const months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const weekDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

const fields: readonly CronField[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: Object.fromEntries(months.map((m, i) => [m, i + 1])),
  },
  {
    name: "day of week",
    min: 0,
    max: 6,
    names: Object.fromEntries(weekDays.map((d, i) => [d, i])),
  },
];

/** The number a field value stands for, or `undefined` when it is neither a number nor a name. */
function valueOf(field: CronField, text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return field.names?.[text.toUpperCase()];
}

/** Why one comma-separated item of a field is wrong, or `undefined`. */
function itemProblem(field: CronField, item: string): string | undefined {
  const [range, step, ...extra] = item.split("/");
  if (extra.length > 0) return `"${item}" has more than one "/"`;
  if (step !== undefined) {
    if (!/^\d+$/.test(step) || Number(step) < 1 || Number(step) > field.max) {
      return `step "${step}" in "${item}" must be a whole number from 1 to ${field.max}`;
    }
  }
  if (range === "*") return undefined;
  const bounds = range.split("-");
  if (bounds.length > 2 || bounds.some((b) => b === "")) return `"${item}" is not a value or range`;
  const values = bounds.map((b) => valueOf(field, b));
  const bad = bounds.find((_, i) => values[i] === undefined);
  if (bad !== undefined) return `"${bad}" is not a number${field.names ? " or name" : ""}`;
  const outside = values.find((n) => n! < field.min || n! > field.max);
  if (outside !== undefined) return `${outside} is outside ${field.min}-${field.max}`;
  if (values.length === 2 && values[0]! > values[1]!) {
    return `range "${range}" runs backwards`;
  }
  return undefined;
}

/**
 * Why `expression` is not a five-field cron expression, or `undefined` when it is. Each field
 * accepts `*`, numbers, ranges `a-b`, steps `*\/n` or `a-b/n`, and comma lists; months and week
 * days also accept three-letter English names.
 */
export function cronProblem(expression: string): string | undefined {
  const parts = expression.trim().split(/\s+/);
  if (expression.trim() === "" || parts.length !== 5) {
    const count = expression.trim() === "" ? 0 : parts.length;
    return `"${expression}" has ${count} fields; use 5: minute hour day-of-month month day-of-week, e.g. "0 2 * * 0" (Sundays at 02:00)`;
  }
  for (let i = 0; i < fields.length; i++) {
    for (const item of parts[i].split(",")) {
      const problem = item === "" ? "has an empty list item" : itemProblem(fields[i], item);
      if (problem !== undefined) {
        return `"${expression}" is not a valid cron expression: ${fields[i].name} ${problem}`;
      }
    }
  }
  return undefined;
}
