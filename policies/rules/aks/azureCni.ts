import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksAzureCni = resourceRule({
  name: "aks-azure-cni",
  description:
    "AKS clusters use the Azure CNI network plugin, so pods are first-class members of the virtual network.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV2_AZURE_29", "azpol:Azure Kubernetes Clusters should use Azure CNI"],
  remediationSteps:
    "Set networkProfile.networkPlugin to 'azure' (with networkPluginMode 'overlay' to keep pod addresses out of the subnet); set at cluster creation.",
  url: "https://learn.microsoft.com/azure/aks/concepts-network-cni-overview",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    // azure-native wraps networkProfile whole: when unknown, nothing else decides, so it skips.
    const profile = "networkProfile" in props ? (props.networkProfile ?? {}) : {};
    if (!("networkPlugin" in profile)) {
      ctx.report("networkProfile.networkPlugin must be 'azure'; it is not set.");
    } else if (profile.networkPlugin !== "azure") {
      ctx.report(
        `networkProfile.networkPlugin must be 'azure'; it is '${String(profile.networkPlugin)}'.`,
      );
    }
  },
});
