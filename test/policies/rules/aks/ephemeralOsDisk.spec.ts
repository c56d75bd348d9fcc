import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksEphemeralOsDisk as rule } from "../../../../policies/rules/aks/ephemeralOsDisk";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-ephemeral-os-disk", () => {
  it("passes the compliant cluster and standalone pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports an inline pool on managed OS disks as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(1, { osDiskType: "Managed" }),
    );
    assert.deepStrictEqual(messages(result), [
      "agentPoolProfiles[1].osDiskType must be 'Ephemeral'; it is 'Managed'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a standalone pool without an OS disk type", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, agentPoolWith({ osDiskType: undefined }))),
      ["osDiskType must be 'Ephemeral'; it is not set."],
    );
  });

  it("is skipped at preview when the OS disk type is unknown", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ osDiskType: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .osDiskType can't be known during preview");
  });
});
