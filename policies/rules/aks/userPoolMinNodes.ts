import { resourceRule } from "../../lib";
import { isSystemPool, POOL_TYPES, poolsOf } from "./lib/pools";

export const aksUserPoolMinNodes = resourceRule({
  name: "aks-user-pool-min-nodes",
  description: "AKS user node pools keep enough nodes to ride out a node failure or an upgrade.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["psrule:Azure.AKS.MinUserPoolNodes"],
  remediationSteps:
    "On User pools set minCount (with autoscaling) or count (without) to at least the configured minimum (3); list pools that may run fewer in excludedPools.",
  url: "https://learn.microsoft.com/azure/aks/use-multiple-node-pools",
  types: POOL_TYPES,
  config: {
    minNodes: {
      type: "integer",
      minimum: 1,
      default: 3,
      description: "The fewest nodes a User pool may run.",
    },
    excludedPools: {
      type: "array",
      items: { type: "string" },
      default: [] as string[],
      description: "Names of User pools that may run fewer nodes.",
    },
    exemptVmSizePattern: {
      type: "string",
      default: "^Standard_N",
      description:
        "Regular expression (case-insensitive) matching the vmSize of pools that scale to zero by design (GPU pools, see aks-gpu-pool-scale-to-zero); empty to check every pool.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const { minNodes: min, excludedPools, exemptVmSizePattern } = ctx.config;
    const exempt = exemptVmSizePattern === "" ? undefined : new RegExp(exemptVmSizePattern, "i");
    for (const ref of poolsOf(props, ctx.type)) {
      const { pool, at } = ref;
      // Spot pools can lose every node at once; a floor buys nothing there.
      if (isSystemPool(ref) || pool.scaleSetPriority === "Spot") continue;
      // With autoscaling the floor is minCount; without, the pool runs exactly count (1 if unset).
      const field = pool.enableAutoScaling === true ? "minCount" : "count";
      const value = field in pool ? (pool[field] as number | undefined) : undefined;
      if (value !== undefined && value >= min) continue;
      // Exclusions are read only for a pool below the floor.
      const name = "agentPoolName" in pool ? pool.agentPoolName : "name" in pool ? pool.name : "";
      if (excludedPools.includes(String(name))) continue;
      if (exempt !== undefined && "vmSize" in pool && exempt.test(String(pool.vmSize))) continue;
      const actual = value === undefined ? "not set" : String(value);
      ctx.report(`${at}${field} must be at least ${min} on a User pool; it is ${actual}.`);
    }
  },
});
