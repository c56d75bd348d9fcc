import { resourceRule } from "../../lib";
import { isSystemPool, POOL_TYPES, poolsOf } from "./lib/pools";

export const aksGpuPoolScaleToZero = resourceRule({
  name: "aks-gpu-pool-scale-to-zero",
  description: "AKS GPU node pools scale down to zero nodes when no pod needs them.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["own:WAF for AI - deallocate idle GPU capacity"],
  remediationSteps: "On GPU pools (User mode) set enableAutoScaling to true and minCount to 0.",
  url: "https://learn.microsoft.com/azure/aks/gpu-cluster",
  types: POOL_TYPES,
  config: {
    gpuVmSizePattern: {
      type: "string",
      default: "^Standard_N",
      description: "Regular expression (case-insensitive) matching the vmSize of GPU pools.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const gpu = new RegExp(ctx.config.gpuVmSizePattern, "i");
    for (const ref of poolsOf(props, ctx.type)) {
      const { pool, at } = ref;
      if (!("vmSize" in pool) || !gpu.test(String(pool.vmSize)) || isSystemPool(ref)) continue;
      if (pool.enableAutoScaling !== true) {
        const actual = "enableAutoScaling" in pool ? String(pool.enableAutoScaling) : "not set";
        ctx.report(`${at}enableAutoScaling must be true on a GPU pool; it is ${actual}.`);
      } else if (pool.minCount !== 0) {
        const actual = "minCount" in pool ? String(pool.minCount) : "not set";
        ctx.report(`${at}minCount must be 0 on a GPU pool; it is ${actual}.`);
      }
    }
  },
});
