import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksStandardLoadBalancer = resourceRule({
  name: "aks-standard-load-balancer",
  description:
    "AKS clusters use the Standard load balancer SKU, which spans availability zones and carries an SLA.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["psrule:Azure.AKS.StandardLB"],
  remediationSteps:
    "Remove networkProfile.loadBalancerSku (Azure's default is 'standard') or set it to 'standard'; the Basic SKU is retired.",
  url: "https://learn.microsoft.com/azure/aks/load-balancer-standard",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    // azure-native wraps networkProfile whole: when unknown, nothing else decides, so it skips.
    const profile = "networkProfile" in props ? (props.networkProfile ?? {}) : {};
    if (!("loadBalancerSku" in profile)) return;
    const sku = String(profile.loadBalancerSku);
    if (sku.toLowerCase() !== "standard") {
      ctx.report(`networkProfile.loadBalancerSku must be 'standard'; it is '${sku}'.`);
    }
  },
});
