import { resourceRule, setToOtherThan, shown } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksNodePublicIpDisabled = resourceRule({
  name: "aks-node-public-ip-disabled",
  description: "AKS nodes have no public IP addresses.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV_AZURE_143", "mcsb:NS-2"],
  remediationSteps:
    "Remove enableNodePublicIP (or set it to false) on every pool, in agentPoolProfiles and on AgentPool resources.",
  url: "https://learn.microsoft.com/azure/aks/use-node-public-ips",
  types: POOL_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if (setToOtherThan(pool.enableNodePublicIP, false)) {
        ctx.report(
          `${at}enableNodePublicIP must be false; it is ${shown(pool.enableNodePublicIP)}.`,
        );
      }
    }
  },
});
