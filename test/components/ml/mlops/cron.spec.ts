import * as assert from "assert";
import { cronProblem } from "../../../../components/ml/mlops/cron";

describe("cronProblem", () => {
  const valid: string[] = [
    "* * * * *",
    "0 2 * * 0",
    "0 2 * * SUN",
    "30 3 1 * *",
    "*/15 * * * *",
    "0 0-23/6 * * *",
    "0 9 * JAN-MAR MON-FRI",
    "5,35 8,20 1,15 6 1",
    "0 0 31 12 6",
    "  0   2 * *   0  ",
    "0 4 * * mon",
    "10-20/5 * * * *",
  ];
  for (const expression of valid) {
    it(`accepts "${expression}"`, () => assert.strictEqual(cronProblem(expression), undefined));
  }

  const invalid: [string, string][] = [
    ["", '"" has 0 fields; use 5'],
    ["0 2 * *", '"0 2 * *" has 4 fields; use 5'],
    ["0 0 2 * * 0", '"0 0 2 * * 0" has 6 fields; use 5'],
    ["60 * * * *", "minute 60 is outside 0-59"],
    ["0 24 * * *", "hour 24 is outside 0-23"],
    ["0 0 0 * *", "day of month 0 is outside 1-31"],
    ["0 0 32 * *", "day of month 32 is outside 1-31"],
    ["0 0 * 13 *", "month 13 is outside 1-12"],
    ["0 0 * * 7", "day of week 7 is outside 0-6"],
    ["0 0 * FOO *", 'month "FOO" is not a number or name'],
    ["x * * * *", 'minute "x" is not a number'],
    ["MON * * * *", 'minute "MON" is not a number'],
    ["*/0 * * * *", 'minute step "0" in "*/0" must be a whole number from 1 to 59'],
    ["*/a * * * *", 'minute step "a" in "*/a"'],
    ["0 */24 * * *", 'hour step "24" in "*/24" must be a whole number from 1 to 23'],
    ["0 5-2 * * *", 'hour range "5-2" runs backwards'],
    ["0 1-2-3 * * *", 'hour "1-2-3" is not a value or range'],
    ["0 - * * *", 'hour "-" is not a value or range'],
    ["0 1,,2 * * *", "hour has an empty list item"],
    ["0 1/2/3 * * *", 'hour "1/2/3" has more than one "/"'],
    ["0 0 * * SUN-SAT/8", 'day of week step "8" in "SUN-SAT/8"'],
  ];
  for (const [expression, reason] of invalid) {
    it(`rejects "${expression}": ${reason}`, () => {
      const problem = cronProblem(expression);
      assert.ok(problem !== undefined, `expected "${expression}" to be rejected`);
      assert.ok(problem.includes(reason), `"${problem}" should include "${reason}"`);
    });
  }
});
