import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksDiskEncryptionSet as rule } from "../../../../policies/rules/aks/diskEncryptionSet";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-disk-encryption-set", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a cluster without a disk encryption set as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ diskEncryptionSetID: undefined }),
    );
    assert.deepStrictEqual(messages(result), [
      "diskEncryptionSetID must name a disk encryption set; it is not set, so disks use platform-managed keys.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("decides at preview on presence when the set's ID is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ diskEncryptionSetID: UNKNOWN }),
    );
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
