import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPoolVersionMatches as rule } from "../../../../policies/rules/aks/poolVersionMatches";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantAgentPool, compliantCluster } from "./fixtures";
import { clusterResource } from "./stackFixtures";

const pool = (fields: Record<string, unknown>) =>
  stackResource(T.agentPool, "gpu", { ...compliantAgentPool(), ...fields });
const withInline = (index: number, fields: Record<string, unknown>) => {
  const profiles = compliantCluster().agentPoolProfiles as Record<string, unknown>[];
  profiles[index] = { ...profiles[index], ...fields };
  return clusterResource({ agentPoolProfiles: profiles });
};

describe("aks-pool-version-matches", () => {
  it("passes pools that follow or match the cluster", () => {
    const result = runStackPolicy(rule, [clusterResource(), pool({ orchestratorVersion: "1.33" })]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [withInline(0, { orchestratorVersion: "1.33" }), pool({})])),
      [],
    );
  });

  it("reports an inline pool on the cluster and a standalone pool on itself", () => {
    const result = runStackPolicy(rule, [
      withInline(1, { orchestratorVersion: "1.32" }),
      pool({ orchestratorVersion: "1.33.1" }),
    ]);
    assert.deepStrictEqual(messages(result), [
      "Node pool 'inference' of AKS cluster 'aks' runs orchestratorVersion '1.32', not the cluster's '1.33'; remove orchestratorVersion or set it to '1.33'.",
      "Node pool 'gpu' of AKS cluster 'aks' runs orchestratorVersion '1.33.1', not the cluster's '1.33'; remove orchestratorVersion or set it to '1.33'.",
    ]);
    assert.deepStrictEqual(
      result.violations.map((v) => v.urn),
      [urnOf(T.managedCluster, "aks"), urnOf(T.agentPool, "gpu")],
    );
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("leaves pools of other clusters and clusters without a version alone", () => {
    const other = pool({ resourceName: "aks-other", orchestratorVersion: "1.30" });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), other])), []);
    const unpinned = clusterResource({ kubernetesVersion: undefined });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [unpinned, pool({ orchestratorVersion: "1.30" })])),
      [],
    );
  });

  it("names an inline pool by its index when its name is unknown at preview", () => {
    const result = runStackPolicy(rule, [
      withInline(1, { name: UNKNOWN, orchestratorVersion: "1.32" }),
    ]);
    assert.deepStrictEqual(messages(result), [
      "Node pool 'agentPoolProfiles[1]' of AKS cluster 'aks' runs orchestratorVersion '1.32', not the cluster's '1.33'; remove orchestratorVersion or set it to '1.33'.",
    ]);
  });

  it("waits for versions unknown at preview", () => {
    const result = runStackPolicy(rule, [
      clusterResource({ kubernetesVersion: UNKNOWN }),
      pool({ orchestratorVersion: "1.30" }),
    ]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
    const poolUnknown = runStackPolicy(rule, [
      clusterResource(),
      pool({ orchestratorVersion: UNKNOWN }),
    ]);
    assert.deepStrictEqual(poolUnknown.violations, []);
  });
});
