import { resourceRule, T } from "../../lib";
import { addonOf } from "./lib/addons";
import type { ClusterProps } from "./lib/pools";

export const aksDashboardDisabled = resourceRule({
  name: "aks-dashboard-disabled",
  description:
    "AKS clusters do not run the Kubernetes dashboard add-on, a web UI with broad cluster rights.",
  severity: "medium",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["checkov:CKV_AZURE_8"],
  remediationSteps:
    "Remove addonProfiles.kubeDashboard or set its enabled to false; use the Azure portal's Kubernetes resource view instead.",
  url: "https://learn.microsoft.com/azure/aks/kubernetes-portal",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    if (addonOf(props, "kubeDashboard")?.enabled === true) {
      ctx.report("addonProfiles.kubeDashboard.enabled must be false; it is true.");
    }
  },
});
