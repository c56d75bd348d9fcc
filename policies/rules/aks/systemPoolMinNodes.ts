import { resourceRule, shown } from "../../lib";
import { isSystemPool, POOL_TYPES, poolsOf } from "./lib/pools";

export const aksSystemPoolMinNodes = resourceRule({
  name: "aks-system-pool-min-nodes",
  description: "AKS system node pools keep enough nodes to survive the loss of one.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["psrule:Azure.AKS.MinNodeCount", "aprl:7f7ae535"],
  remediationSteps:
    "On System pools set minCount (with autoscaling) or count (without) to at least the configured minimum (3).",
  url: "https://learn.microsoft.com/azure/aks/use-system-pools",
  types: POOL_TYPES,
  config: {
    minNodes: {
      type: "integer",
      minimum: 1,
      default: 3,
      description: "The fewest nodes a System pool may run.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const min = ctx.config.minNodes;
    for (const ref of poolsOf(props, ctx.type)) {
      if (!isSystemPool(ref)) continue;
      const { pool, at } = ref;
      // With autoscaling the floor is minCount; without, the pool runs exactly count (1 if unset).
      const field = pool.enableAutoScaling === true ? "minCount" : "count";
      const value = field in pool ? (pool[field] as number | undefined) : undefined;
      if (typeof value !== "number" || value < min) {
        const actual = value === undefined ? "not set" : shown(value);
        ctx.report(`${at}${field} must be at least ${min} on a System pool; it is ${actual}.`);
      }
    }
  },
});
