import type { ComponentArgs } from "@pulumi/azure-native/applicationinsights";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

export const appInsightsWorkspaceBased = resourceRule({
  name: "app-insights-workspace-based",
  description: "Application Insights stores its telemetry in a Log Analytics workspace.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["psrule:Azure.AppInsights.Workspace"],
  remediationSteps:
    "Set workspaceResourceId to the Log Analytics workspace (classic Application Insights is retired).",
  url: "https://learn.microsoft.com/azure/azure-monitor/app/convert-classic-resource",
  types: TYPE_GROUPS.appInsights,
  validate: (props: Props<ComponentArgs>, ctx) => {
    // Presence decides: the workspace ID is often an output, unknown at preview.
    if (!("workspaceResourceId" in props)) {
      ctx.report(
        "workspaceResourceId is not set; store the telemetry in a Log Analytics workspace.",
      );
    }
  },
});
