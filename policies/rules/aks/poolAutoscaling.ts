import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksPoolAutoscaling = resourceRule({
  name: "aks-pool-autoscaling",
  description: "AKS node pools scale with demand between set bounds.",
  severity: "medium",
  pillar: "performance-efficiency",
  principle: "evaluate-resource-needs",
  anchors: ["psrule:Azure.AKS.AutoScaling", "aprl:902c82ff"],
  remediationSteps:
    "Set enableAutoScaling to true with minCount and maxCount sized from load tests, on every pool.",
  url: "https://learn.microsoft.com/azure/aks/cluster-autoscaler",
  types: POOL_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if (pool.enableAutoScaling !== true) {
        const actual = "enableAutoScaling" in pool ? String(pool.enableAutoScaling) : "not set";
        ctx.report(`${at}enableAutoScaling must be true; it is ${actual}.`);
        continue;
      }
      for (const bound of ["minCount", "maxCount"]) {
        if (!(bound in pool))
          ctx.report(`${at}${bound} must be set with autoscaling; it is not set.`);
      }
    }
  },
});
