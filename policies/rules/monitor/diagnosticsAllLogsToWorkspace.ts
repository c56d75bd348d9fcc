import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

/** Category groups that capture the audit trail. */
const GROUPS = ["allLogs", "audit"];

export const diagnosticsAllLogsToWorkspace = resourceRule({
  name: "diagnostics-all-logs-to-workspace",
  description:
    "Diagnostic settings send the allLogs or audit category group to a Log Analytics workspace.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: [
    "azpol:Enable allLogs category group resource logging for supported resources to Log Analytics",
    "mcsb:LT-3",
  ],
  remediationSteps:
    "Set workspaceId to a Log Analytics workspace and add logs: [{ categoryGroup: 'allLogs', enabled: true }].",
  url: "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings",
  types: TYPE_GROUPS.diagnosticSetting,
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
    if (!covered) {
      ctx.report(
        "logs has no enabled 'allLogs' or 'audit' category group; add { categoryGroup: 'allLogs', enabled: true }.",
      );
    }
  },
});
