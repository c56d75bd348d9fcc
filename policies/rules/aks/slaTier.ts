import { quoteList, resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksSlaTier = resourceRule({
  name: "aks-sla-tier",
  description: "AKS clusters use a control-plane tier backed by an uptime SLA.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["checkov:CKV_AZURE_170", "psrule:Azure.AKS.UptimeSLA", "aprl:0611251f"],
  remediationSteps: "Set sku to { name: 'Base', tier: 'Standard' } (or 'Premium').",
  url: "https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers",
  types: [T.managedCluster],
  config: {
    allowedTiers: {
      type: "array",
      items: { type: "string", enum: ["Free", "Standard", "Premium"] },
      default: ["Standard", "Premium"],
      description: "Control-plane tiers accepted ('Free' has no SLA).",
    },
  },
  validate: (props: ClusterProps, ctx) => {
    const allowed = ctx.config.allowedTiers;
    const tier = props.sku?.tier;
    if (!allowed.includes(String(tier))) {
      const actual = tier === undefined ? "not set, so 'Free'" : `'${String(tier)}'`;
      ctx.report(`sku.tier must be ${quoteList(allowed)}; it is ${actual}.`);
    }
  },
});
