import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksTrainingPoolSpot = resourceRule({
  name: "aks-training-pool-spot",
  description: "AKS node pools labelled for training or batch work run on Spot VMs.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "optimize-operational-costs",
  anchors: ["own:WAF for AI - spot compute for interruptible training"],
  remediationSteps:
    "Set scaleSetPriority to 'Spot' with scaleSetEvictionPolicy 'Delete' (and spotMaxPrice -1) on pools labelled for training, and make the jobs checkpoint.",
  url: "https://learn.microsoft.com/azure/aks/spot-node-pool",
  types: POOL_TYPES,
  config: {
    trainingNodeLabels: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: { workload: ["training", "batch"] },
      description: "Node labels (key to values) that mark a pool as training or batch compute.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const marks = Object.entries(ctx.config.trainingNodeLabels);
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      const labels: Record<string, string> = "nodeLabels" in pool ? (pool.nodeLabels ?? {}) : {};
      const mark = marks.find(
        ([key, values]) => key in labels && values.includes(String(labels[key])),
      );
      if (mark === undefined || pool.scaleSetPriority === "Spot") continue;
      const actual =
        "scaleSetPriority" in pool ? `'${String(pool.scaleSetPriority)}'` : "not set, so 'Regular'";
      ctx.report(
        `${at}scaleSetPriority must be 'Spot' for a pool labelled ${mark[0]}=${labels[mark[0]]}; it is ${actual}.`,
      );
    }
  },
});
