import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPoolAvailabilityZones as rule } from "../../../../policies/rules/aks/poolAvailabilityZones";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-pool-availability-zones", () => {
  it("passes the compliant cluster and standalone pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports an inline pool in one zone as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(1, { availabilityZones: ["1"] }),
    );
    assert.deepStrictEqual(messages(result), [
      "agentPoolProfiles[1].availabilityZones must list at least 2 zones; it lists 1.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a standalone pool without zones", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.agentPool, agentPoolWith({ availabilityZones: undefined })),
      ),
      ["availabilityZones must list at least 2 zones; it is not set."],
    );
  });

  it("honours the configured minimum", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ availabilityZones: ["1", "2"] }),
      { config: { minZones: 3 } },
    );
    assert.deepStrictEqual(messages(result), [
      "availabilityZones must list at least 3 zones; it lists 2.",
    ]);
  });

  it("is skipped at preview when the zone list is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ availabilityZones: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .availabilityZones can't be known during preview",
    );
  });
});
