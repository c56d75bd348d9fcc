import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksPoolScaleSets = resourceRule({
  name: "aks-pool-scale-sets",
  description:
    "AKS node pools run on virtual machine scale sets, which autoscaling, availability zones and multiple pools require.",
  severity: "medium",
  pillar: "performance-efficiency",
  principle: "evaluate-resource-needs",
  anchors: ["checkov:CKV_AZURE_169", "psrule:Azure.AKS.PoolScaleSet"],
  remediationSteps:
    "Remove type (Azure's default is 'VirtualMachineScaleSets') or set it to 'VirtualMachineScaleSets' on every pool; set at pool creation.",
  url: "https://learn.microsoft.com/azure/aks/use-multiple-node-pools",
  types: POOL_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if ("type" in pool && pool.type !== "VirtualMachineScaleSets") {
        ctx.report(`${at}type must be 'VirtualMachineScaleSets'; it is '${String(pool.type)}'.`);
      }
    }
  },
});
