import * as assert from "assert";
import { TYPE_GROUPS } from "../../../../policies/lib";
import { scheduledQueryNotEveryMinute as frequency } from "../../../../policies/rules/monitor/scheduledQueryNotEveryMinute";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { queryRule } from "./fixtures";

const [QUERY, QUERY_V2] = TYPE_GROUPS.scheduledQueryRule;

describe("scheduled-query-not-every-minute", () => {
  it("passes five minutes, the shortest accepted frequency", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(frequency, QUERY, queryRule("PT5M"))), []));

  it("reports one minute, under the v3 and v2 tokens", () => {
    for (const type of [QUERY, QUERY_V2]) {
      assert.deepStrictEqual(messages(runResourcePolicy(frequency, type, queryRule("PT1M"))), [
        "evaluationFrequency is 'PT1M'; evaluate every 5 minutes (PT5M) or less often.",
      ]);
    }
  });

  it("is skipped at preview when the frequency is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(frequency, QUERY, queryRule(UNKNOWN)).unknown,
      "string value at .evaluationFrequency can't be known during preview",
    ));
});
