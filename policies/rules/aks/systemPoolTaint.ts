import { resourceRule } from "../../lib";
import { isSystemPool, POOL_TYPES, poolsOf } from "./lib/pools";

const TAINT = "CriticalAddonsOnly=true:NoSchedule";

export const aksSystemPoolTaint = resourceRule({
  name: "aks-system-pool-taint",
  description: "AKS system node pools run only critical system pods, isolated from workloads.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV_AZURE_232", "aprl:5ee083cd"],
  remediationSteps: `Add '${TAINT}' to nodeTaints on every System pool and run workloads, inference included, on User pools.`,
  url: "https://learn.microsoft.com/azure/aks/use-system-pools#system-and-user-node-pools",
  types: POOL_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const ref of poolsOf(props, ctx.type)) {
      if (!isSystemPool(ref)) continue;
      const taints = "nodeTaints" in ref.pool ? (ref.pool.nodeTaints ?? []) : [];
      // NoExecute also keeps workloads off; either effect isolates the pool.
      if (!taints.some((t) => /^CriticalAddonsOnly=true:No(Schedule|Execute)$/.test(String(t)))) {
        ctx.report(`${ref.at}nodeTaints must include '${TAINT}' on a System pool; it does not.`);
      }
    }
  },
});
