import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksPoolMaxPods = resourceRule({
  name: "aks-pool-max-pods",
  description:
    "AKS node pools allow enough pods per node to pack workloads densely and leave room for daemon sets.",
  severity: "low",
  pillar: "performance-efficiency",
  principle: "evaluate-resource-needs",
  anchors: ["checkov:CKV_AZURE_168", "psrule:Azure.AKS.NodeMinPods"],
  remediationSteps:
    "Set maxPods to at least the configured minimum (50) on every pool, within what the subnet or pod CIDR can address; set at pool creation.",
  url: "https://learn.microsoft.com/azure/aks/azure-cni-overview#maximum-pods-per-node",
  types: POOL_TYPES,
  config: {
    minMaxPods: {
      type: "integer",
      minimum: 10,
      maximum: 250,
      default: 50,
      description: "The lowest maxPods a pool may set.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const min = ctx.config.minMaxPods;
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if (!("maxPods" in pool)) {
        ctx.report(`${at}maxPods must be at least ${min}; it is not set (Azure CNI nodes get 30).`);
      } else if (typeof pool.maxPods !== "number" || pool.maxPods < min) {
        ctx.report(`${at}maxPods must be at least ${min}; it is ${String(pool.maxPods)}.`);
      }
    }
  },
});
