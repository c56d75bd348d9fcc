import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksKubernetesVersion as rule } from "../../../../policies/rules/aks/kubernetesVersion";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import {
  agentPoolWith,
  clusterWith,
  clusterWithPool,
  compliantAgentPool,
  compliantCluster,
} from "./fixtures";

const run = (props: Record<string, unknown>) => runResourcePolicy(rule, T.managedCluster, props);

describe("aks-kubernetes-version", () => {
  it("passes the compliant baseline, a pool without a version, and no version at all", () => {
    const result = run(compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
    assert.deepStrictEqual(messages(run(clusterWith({ kubernetesVersion: undefined }))), []);
  });

  it("holds the boundary at the minimum, patch versions included", () => {
    assert.deepStrictEqual(messages(run(clusterWith({ kubernetesVersion: "1.33.0" }))), []);
    assert.deepStrictEqual(messages(run(clusterWith({ kubernetesVersion: "1.34" }))), []);
    const result = run(clusterWith({ kubernetesVersion: "1.32.9" }));
    assert.deepStrictEqual(messages(result), [
      "kubernetesVersion must be at least '1.33'; it is '1.32.9'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports old pool versions, inline and standalone", () => {
    assert.deepStrictEqual(messages(run(clusterWithPool(1, { orchestratorVersion: "1.30" }))), [
      "agentPoolProfiles[1].orchestratorVersion must be at least '1.33'; it is '1.30'.",
    ]);
    const pool = agentPoolWith({ orchestratorVersion: "1.29.4" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, pool)), [
      "orchestratorVersion must be at least '1.33'; it is '1.29.4'.",
    ]);
  });

  it("reports a value that is not a version", () => {
    assert.deepStrictEqual(messages(run(clusterWith({ kubernetesVersion: "latest" }))), [
      "kubernetesVersion must be a Kubernetes version (major.minor[.patch]); it is 'latest'.",
    ]);
  });

  it("accepts an old start on a channel that upgrades minors", () => {
    const stable = clusterWith({
      kubernetesVersion: "1.30",
      autoUpgradeProfile: { upgradeChannel: "stable", nodeOSUpgradeChannel: "NodeImage" },
    });
    assert.deepStrictEqual(messages(run(stable)), []);
  });

  it("takes the minimum from the config", () => {
    const result = run(clusterWith({ kubernetesVersion: "1.33.2" }));
    assert.deepStrictEqual(messages(result), []);
    const strict = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ kubernetesVersion: "1.33.2" }),
      {
        config: { minimumVersion: "1.33.5" },
      },
    );
    assert.deepStrictEqual(messages(strict), [
      "kubernetesVersion must be at least '1.33.5'; it is '1.33.2'.",
    ]);
  });

  it("does not read the channel of a cluster that pins no version", () => {
    const props = clusterWith({ kubernetesVersion: undefined, autoUpgradeProfile: UNKNOWN });
    const result = run(props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the version is unknown", () => {
    const result = run(clusterWith({ kubernetesVersion: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .kubernetesVersion can't be known during preview",
    );
  });
});
