/**
 * Budget periods. Azure requires a budget to start on the first day of a month, and a budget's
 * start date is part of its desired state: a value computed from the clock on every run would
 * propose a change every month, so the computed default is fixed at creation (see
 * `CostGuardrails`).
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.000)?Z)?$/;

/** Why `value` is not a first-of-month date (`YYYY-MM-01`), or `undefined` when it is. */
export function startDateProblem(value: string): string | undefined {
  const match = datePattern.exec(value);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    return `"${value}" is not a date: use YYYY-MM-01, the first day of a month`;
  }
  if (match[3] !== "01") return `"${value}" is not the first day of a month: use YYYY-MM-01`;
  if (Number(match[1]) < 2017 || (Number(match[1]) === 2017 && month < 6)) {
    return `"${value}" is too early: Azure budgets start on or after 2017-06-01`;
  }
  return undefined;
}

/** Why `value` is not a date (`YYYY-MM-DD`), or `undefined` when it is. */
export function endDateProblem(value: string): string | undefined {
  const match = datePattern.exec(value);
  const month = match ? Number(match[2]) : 0;
  const day = match ? Number(match[3]) : 0;
  return match && month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? undefined
    : `"${value}" is not a date: use YYYY-MM-DD`;
}

/** The ARM form of a date: `YYYY-MM-DDT00:00:00Z`. */
export function armDate(value: string): string {
  return `${value.slice(0, 10)}T00:00:00Z`;
}

/** The first day of `now`'s month in UTC, in ARM form. */
export function firstOfMonthUtc(now: Date): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}-${month}-01T00:00:00Z`;
}
