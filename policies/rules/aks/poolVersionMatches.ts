import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, stackRule, T } from "../../lib";
import { namesCluster } from "./lib/clusterLinks";

/** A known version string, trimmed, or undefined when absent or unknown at preview. */
function versionOf(read: () => unknown): string | undefined {
  const value = peek(read);
  return typeof value === "string" ? value.trim() : undefined;
}

export const aksPoolVersionMatches = stackRule({
  name: "aks-pool-version-matches",
  description: "AKS node pools run the same Kubernetes version as their cluster's control plane.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.AKS.PoolVersion"],
  remediationSteps:
    "Remove orchestratorVersion from the pool (it then follows the cluster) or set it to the cluster's kubernetesVersion.",
  url: "https://learn.microsoft.com/azure/aks/upgrade-aks-cluster",
  types: [T.managedCluster, T.agentPool],
  subject: T.managedCluster,
  validate: (resources, ctx) => {
    const agentPools = ofType(resources, [T.agentPool]);
    for (const cluster of ofType(resources, [T.managedCluster])) {
      const version = versionOf(() => cluster.props.kubernetesVersion);
      if (version === undefined) continue;
      const mismatch = (pool: string, actual: string | undefined, on: PolicyResource) => {
        if (actual === undefined || actual === version) return;
        ctx.report(
          `Node pool '${pool}' of AKS cluster '${cluster.name}' runs orchestratorVersion '${actual}', not the cluster's '${version}'; remove orchestratorVersion or set it to '${version}'.`,
          on,
        );
      };
      const inline = peek(() => cluster.props.agentPoolProfiles as unknown);
      if (Array.isArray(inline)) {
        const pools = inline as { name?: unknown; orchestratorVersion?: unknown }[];
        pools.forEach((pool, i) => {
          const name = peek(() => pool.name);
          const label = typeof name === "string" ? name : `agentPoolProfiles[${i}]`;
          mismatch(
            label,
            versionOf(() => pool.orchestratorVersion),
            cluster,
          );
        });
      }
      for (const pool of agentPools.filter((p) => namesCluster(p, cluster, "resourceName"))) {
        const name = peek(() => pool.props.agentPoolName as unknown);
        const label = typeof name === "string" ? name : pool.name;
        mismatch(
          label,
          versionOf(() => pool.props.orchestratorVersion),
          pool,
        );
      }
    }
  },
});
