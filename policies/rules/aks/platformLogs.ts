import { ofType, quoteList, stackRule, T, TYPE_GROUPS } from "../../lib";
import { clusterCollection, collectsLog } from "./lib/diagnosticLogs";

/** The cluster's metric category; every other configured category is a log category. */
const METRICS = "AllMetrics";

export const aksPlatformLogs = stackRule({
  name: "aks-platform-logs",
  description:
    "AKS clusters send their control-plane logs and platform metrics to diagnostic settings.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["psrule:Azure.AKS.PlatformLogs", "mcsb:LT-4"],
  remediationSteps:
    "In the cluster's monitor:DiagnosticSetting enable the logs cluster-autoscaler, kube-apiserver, kube-controller-manager and kube-scheduler (or categoryGroup 'allLogs') and the metric AllMetrics.",
  url: "https://learn.microsoft.com/azure/aks/monitor-aks-reference#resource-logs",
  types: [T.managedCluster, ...TYPE_GROUPS.diagnosticSetting],
  subject: T.managedCluster,
  config: {
    categories: {
      type: "array",
      items: { type: "string" },
      default: [
        "cluster-autoscaler",
        "kube-apiserver",
        "kube-controller-manager",
        "kube-scheduler",
        METRICS,
      ],
      description:
        "Log categories (and 'AllMetrics') the cluster's diagnostic settings must collect.",
    },
  },
  validate: (resources, ctx) => {
    const wanted = ctx.config.categories;
    for (const cluster of ofType(resources, [T.managedCluster])) {
      const settings = clusterCollection(resources, cluster);
      if (settings === undefined) continue;
      // Categories may be split across settings; what counts is that each one is collected.
      const missing = wanted.filter((category) =>
        category.toLowerCase() === METRICS.toLowerCase()
          ? !settings.some((s) => s.metrics.has(category.toLowerCase()))
          : !settings.some((s) => collectsLog(s, category, ["allLogs"])),
      );
      if (missing.length === 0) continue;
      ctx.report(
        `AKS cluster '${cluster.name}' does not collect ${quoteList(missing)} in any diagnostic setting; enable them in a monitor:DiagnosticSetting on the cluster.`,
        cluster,
      );
    }
  },
});
