import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPrivateCluster as rule } from "../../../../policies/rules/aks/privateCluster";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-private-cluster", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a public API server as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ apiServerAccessProfile: { enablePrivateCluster: false } }),
    );
    assert.deepStrictEqual(messages(result), [
      "apiServerAccessProfile.enablePrivateCluster must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an access profile without the flag, and no access profile", () => {
    const ranges = clusterWith({
      apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, ranges)), [
      "apiServerAccessProfile.enablePrivateCluster must be true; it is not set.",
    ]);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.managedCluster,
          clusterWith({ apiServerAccessProfile: undefined }),
        ),
      ),
      [
        "apiServerAccessProfile.enablePrivateCluster must be true; apiServerAccessProfile is not set, so the API server is public.",
      ],
    );
  });

  it("decides without reading an unknown subnet ID", () => {
    const props = clusterWith({
      apiServerAccessProfile: { enablePrivateCluster: true, subnetId: UNKNOWN },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the flag is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ apiServerAccessProfile: { enablePrivateCluster: UNKNOWN } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .apiServerAccessProfile.enablePrivateCluster can't be known during preview",
    );
  });

  it("does not apply to standalone pools", () => {
    assert.strictEqual(runResourcePolicy(rule, T.agentPool, {}).ran, false);
  });
});
