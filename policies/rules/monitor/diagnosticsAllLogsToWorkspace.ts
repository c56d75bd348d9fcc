import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

/** Category groups that capture the audit trail. */
const GROUPS = ["allLogs", "audit"];

/**
 * Resource types whose listed categories, all enabled, stand in for `allLogs`: every category of
 * online endpoints (https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/logs-index),
 * and AKS's audit trail without the high-volume `kube-audit` read events, as AKS recommends
 * (https://learn.microsoft.com/azure/aks/monitor-aks#aks-control-planeresource-logs).
 */
const SUFFICIENT_CATEGORIES: Record<string, string[]> = {
  "microsoft.machinelearningservices/workspaces/onlineendpoints": [
    "AmlOnlineEndpointConsoleLog",
    "AmlOnlineEndpointTrafficLog",
    "AmlOnlineEndpointEventLog",
  ],
  "microsoft.containerservice/managedclusters": [
    "kube-apiserver",
    "kube-audit-admin|kube-audit",
    "guard",
  ],
};

/** The resource type of an ARM ID, lower-cased: `microsoft.storage/storageaccounts`. */
function typeOf(resourceUri: string): string {
  const match = /\/providers\/([^/]+)\/(.+)$/i.exec(resourceUri);
  if (!match) return "";
  const segments = match[2].split("/");
  const types = segments.filter((_, i) => i % 2 === 0);
  return [match[1], ...types].join("/").toLowerCase();
}

export const diagnosticsAllLogsToWorkspace = resourceRule({
  name: "diagnostics-all-logs-to-workspace",
  description:
    "Diagnostic settings send all logs (the allLogs or audit group, or the categories that stand in for them) to a Log Analytics workspace.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: [
    "azpol:Enable allLogs category group resource logging for supported resources to Log Analytics",
    "psrule:Azure.KeyVault.Logs",
    "mcsb:LT-3",
  ],
  remediationSteps:
    "Set workspaceId to a Log Analytics workspace and add logs: [{ categoryGroup: 'allLogs', enabled: true }].",
  url: "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings",
  types: TYPE_GROUPS.diagnosticSetting,
  config: {
    sufficientCategories: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: SUFFICIENT_CATEGORIES,
      description:
        "Resource types (ARM type, lower case) whose listed log categories, all enabled, stand in for the allLogs group; an entry 'a|b' accepts either category.",
    },
  },
  validate: (props: Props<DiagnosticSettingArgs>, ctx) => {
    // Presence decides: the workspace id is usually unknown at preview and need not be read.
    if (!("workspaceId" in props)) {
      ctx.report("workspaceId is not set; send the logs to a Log Analytics workspace.");
    }
    const logs = "logs" in props ? (props.logs ?? []) : [];
    const covered = logs.some(
      (l) =>
        l.enabled === true && GROUPS.includes(String("categoryGroup" in l ? l.categoryGroup : "")),
    );
    if (covered) return;
    // Only now does the target matter; its ID may be unknown at preview.
    const type = typeOf(String(props.resourceUri));
    // Storage accounts emit metrics only; their blob, file, queue and table services log.
    if (type === "microsoft.storage/storageaccounts") return;
    const named = new Set(
      logs.filter((l) => l.enabled === true && "category" in l).map((l) => String(l.category)),
    );
    const all = ctx.config.sufficientCategories[type];
    const covers = (entry: string) => entry.split("|").some((category) => named.has(category));
    if (!all || !all.every(covers)) {
      ctx.report(
        "logs has no enabled 'allLogs' or 'audit' category group; add { categoryGroup: 'allLogs', enabled: true }.",
      );
    }
  },
});
