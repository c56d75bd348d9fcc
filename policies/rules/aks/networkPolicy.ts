import { quoteList, resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksNetworkPolicy = resourceRule({
  name: "aks-network-policy",
  description: "AKS clusters enforce Kubernetes network policies between pods.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV_AZURE_7", "trivy:AZU-0043", "psrule:Azure.AKS.NetworkPolicy"],
  remediationSteps:
    "Set networkProfile.networkPolicy to 'azure', 'calico' or 'cilium' (with the matching network plugin/dataplane).",
  url: "https://learn.microsoft.com/azure/aks/use-network-policies",
  types: [T.managedCluster],
  config: {
    allowedNetworkPolicies: {
      type: "array",
      items: { type: "string" },
      default: ["azure", "calico", "cilium"],
      description: "Network policy engines accepted.",
    },
  },
  validate: (props: ClusterProps, ctx) => {
    const allowed = ctx.config.allowedNetworkPolicies;
    const want = `networkProfile.networkPolicy must be ${quoteList(allowed)}`;
    // azure-native wraps networkProfile whole: when unknown, nothing else decides, so it skips.
    if (!("networkProfile" in props)) {
      ctx.report(`${want}; networkProfile is not set, so pods can reach each other freely.`);
      return;
    }
    const profile = props.networkProfile ?? {};
    if (!("networkPolicy" in profile)) {
      ctx.report(`${want}; it is not set, so pods can reach each other freely.`);
    } else if (!allowed.includes(String(profile.networkPolicy))) {
      ctx.report(`${want}; it is '${String(profile.networkPolicy)}'.`);
    }
  },
});
