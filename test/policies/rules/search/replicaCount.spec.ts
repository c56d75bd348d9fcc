import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { searchReplicaCount as rule } from "../../../../policies/rules/search/replicaCount";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("search-replica-count", () => {
  it("passes the compliant baseline (3 replicas, the threshold)", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, compliantService())),
      [],
    ));

  it("reports one replica under the threshold, as advisory", () => {
    const result = runResourcePolicy(rule, T.searchService, serviceWith({ replicaCount: 2 }));
    assert.deepStrictEqual(messages(result), ["replicaCount is 2; set it to 3 or more."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset replicaCount, which azure-native sends as 1", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.searchService, serviceWith({ replicaCount: undefined }))),
      ["replicaCount is 1; set it to 3 or more."],
    ));

  it("takes its minimum from config", () => {
    const config = { minimumReplicas: 2 };
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.searchService, serviceWith({ replicaCount: 2 }), { config }),
      ),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.searchService, serviceWith({ replicaCount: 1 }), { config }),
      ),
      ["replicaCount is 1; set it to 2 or more."],
    );
  });

  it("is skipped at preview when replicaCount is unknown", () => {
    const result = runResourcePolicy(rule, T.searchService, serviceWith({ replicaCount: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .replicaCount can't be known during preview",
    );
  });
});
