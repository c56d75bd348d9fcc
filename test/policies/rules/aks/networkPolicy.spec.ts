import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksNetworkPolicy as rule } from "../../../../policies/rules/aks/networkPolicy";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const withPolicy = (networkPolicy?: string) => {
  const profile: Record<string, unknown> = { ...compliantCluster().networkProfile, networkPolicy };
  if (networkPolicy === undefined) delete profile.networkPolicy;
  return clusterWith({ networkProfile: profile });
};

describe("aks-network-policy", () => {
  it("passes the compliant baseline and the other engines", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, withPolicy("calico"))),
      [],
    );
  });

  it("reports network policy 'none' as advisory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withPolicy("none"));
    assert.deepStrictEqual(messages(result), [
      "networkProfile.networkPolicy must be 'azure', 'calico', 'cilium'; it is 'none'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset network policy and an unset network profile", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, withPolicy())), [
      "networkProfile.networkPolicy must be 'azure', 'calico', 'cilium'; it is not set, so pods can reach each other freely.",
    ]);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ networkProfile: undefined })),
      ),
      [
        "networkProfile.networkPolicy must be 'azure', 'calico', 'cilium'; networkProfile is not set, so pods can reach each other freely.",
      ],
    );
  });

  it("honours the configured engines", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withPolicy("calico"), {
      config: { allowedNetworkPolicies: ["cilium"] },
    });
    assert.deepStrictEqual(messages(result), [
      "networkProfile.networkPolicy must be 'cilium'; it is 'calico'.",
    ]);
  });

  it("is skipped at preview when networkProfile (wrapped whole by azure-native) is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ networkProfile: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .networkProfile can't be known during preview",
    );
  });
});
