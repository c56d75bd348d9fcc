import { resourceRule, T } from "../../lib";
import { addonOf } from "./lib/addons";
import type { ClusterProps } from "./lib/pools";

export const aksContainerInsights = resourceRule({
  name: "aks-container-insights",
  description:
    "AKS clusters send container logs, Kubernetes events and inventory to Log Analytics with Container insights.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: [
    "checkov:CKV_AZURE_4",
    "trivy:AZU-0040",
    "psrule:Azure.AKS.ContainerInsights",
    "mcsb:LT-3",
  ],
  remediationSteps:
    "Set addonProfiles.omsagent to { enabled: true, config: { logAnalyticsWorkspaceResourceID, useAADAuth: 'true' } }.",
  url: "https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-enable",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const addon = addonOf(props, "omsagent");
    if (addon === undefined) {
      ctx.report("addonProfiles.omsagent.enabled must be true; the add-on is not declared.");
    } else if (addon.enabled !== true) {
      ctx.report(`addonProfiles.omsagent.enabled must be true; it is ${String(addon.enabled)}.`);
    }
  },
});
