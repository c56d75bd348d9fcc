import { ofType, stackRule, T, TYPE_GROUPS } from "../../lib";
import { clusterCollection, collectsLog } from "./lib/diagnosticLogs";

/** Category groups that include the cluster's audit categories. */
const AUDIT_GROUPS = ["audit", "allLogs"];

export const aksAuditLogs = stackRule({
  name: "aks-audit-logs",
  description:
    "AKS clusters send their API server audit logs and Entra ID authentication (guard) logs to a diagnostic setting.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["psrule:Azure.AKS.AuditLogs", "mcsb:LT-4"],
  remediationSteps:
    "Add a monitor:DiagnosticSetting on the cluster with logs [{ category: 'kube-audit-admin', enabled: true }, { category: 'guard', enabled: true }] (or categoryGroup 'audit') and a Log Analytics workspaceId.",
  url: "https://learn.microsoft.com/azure/aks/monitor-aks#aks-control-planeresource-logs",
  types: [T.managedCluster, ...TYPE_GROUPS.diagnosticSetting],
  subject: T.managedCluster,
  validate: (resources, ctx) => {
    for (const cluster of ofType(resources, [T.managedCluster])) {
      const settings = clusterCollection(resources, cluster);
      if (settings === undefined) continue;
      const audited = settings.some(
        (s) =>
          (collectsLog(s, "kube-audit-admin", AUDIT_GROUPS) ||
            collectsLog(s, "kube-audit", AUDIT_GROUPS)) &&
          collectsLog(s, "guard", AUDIT_GROUPS),
      );
      if (audited) continue;
      const state =
        settings.length === 0
          ? "has no diagnostic setting"
          : "has no diagnostic setting that enables 'kube-audit-admin' (or 'kube-audit') and 'guard'";
      ctx.report(
        `AKS cluster '${cluster.name}' ${state}; collect both categories in a monitor:DiagnosticSetting.`,
        cluster,
      );
    }
  },
});
