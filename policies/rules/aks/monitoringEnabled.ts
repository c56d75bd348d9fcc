import { resourceRule, T } from "../../lib";
import { addonOf } from "./lib/addons";
import type { ClusterProps } from "./lib/pools";

export const aksMonitoringEnabled = resourceRule({
  name: "aks-monitoring-enabled",
  description:
    "AKS clusters collect node and pod performance metrics with Container insights or managed Prometheus.",
  severity: "medium",
  pillar: "performance-efficiency",
  principle: "collect-and-analyze-performance-metrics",
  // Container insights alone (Checkov CKV_AZURE_4, PSRule ContainerInsights) is
  // aks-container-insights; this rule also accepts managed Prometheus.
  anchors: ["aprl:dcaf8128"],
  remediationSteps:
    "Set azureMonitorProfile.metrics.enabled to true (managed Prometheus), or addonProfiles.omsagent to { enabled: true, config: { logAnalyticsWorkspaceResourceID } }.",
  url: "https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-enable",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    // Either source of metrics decides on its own; the other is then not read.
    if (addonOf(props, "omsagent")?.enabled === true) return;
    const metrics = "azureMonitorProfile" in props ? props.azureMonitorProfile?.metrics : undefined;
    if (metrics?.enabled === true) return;
    ctx.report(
      "azureMonitorProfile.metrics.enabled or addonProfiles.omsagent.enabled must be true; neither is.",
    );
  },
});
