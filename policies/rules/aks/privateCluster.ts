import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksPrivateCluster = resourceRule({
  name: "aks-private-cluster",
  description: "AKS API servers are reachable only from private networks.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_115",
    "trivy:AZU-0065",
    "azpol:Azure Kubernetes Service Private Clusters should be enabled",
  ],
  remediationSteps:
    "Set apiServerAccessProfile.enablePrivateCluster to true (set at creation) and reach the API server from the hub network or a jump host.",
  url: "https://learn.microsoft.com/azure/aks/private-clusters",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    if (!("apiServerAccessProfile" in props)) {
      ctx.report(
        "apiServerAccessProfile.enablePrivateCluster must be true; apiServerAccessProfile is not set, so the API server is public.",
      );
      return;
    }
    const profile = props.apiServerAccessProfile ?? {};
    if (profile.enablePrivateCluster !== true) {
      const actual =
        "enablePrivateCluster" in profile ? String(profile.enablePrivateCluster) : "not set";
      ctx.report(`apiServerAccessProfile.enablePrivateCluster must be true; it is ${actual}.`);
    }
  },
});
