import { ofType, stackRule, T, TYPE_GROUPS } from "../../lib";
import { clusterCollection } from "./lib/diagnosticLogs";

export const aksAuditAdminOnly = stackRule({
  name: "aks-audit-admin-only",
  description:
    "AKS diagnostic settings collect kube-audit-admin rather than kube-audit, which also logs every read and multiplies ingestion cost.",
  severity: "low",
  pillar: "cost-optimization",
  principle: "optimize-operational-costs",
  anchors: ["psrule:Azure.AKS.AuditAdmin"],
  remediationSteps:
    "In the cluster's monitor:DiagnosticSetting replace { category: 'kube-audit' } with { category: 'kube-audit-admin', enabled: true }.",
  url: "https://learn.microsoft.com/azure/aks/monitor-aks#aks-control-planeresource-logs",
  types: [T.managedCluster, ...TYPE_GROUPS.diagnosticSetting],
  subject: T.managedCluster,
  validate: (resources, ctx) => {
    for (const cluster of ofType(resources, [T.managedCluster])) {
      const settings = clusterCollection(resources, cluster);
      if (settings === undefined || !settings.some((s) => s.logs.has("kube-audit"))) continue;
      ctx.report(
        `AKS cluster '${cluster.name}' has a diagnostic setting that enables 'kube-audit'; collect 'kube-audit-admin' instead.`,
        cluster,
      );
    }
  },
});
