import { T, TYPE_GROUPS } from "../../../policies/lib";
import { metricAlert, queryRule } from "../rules/monitor/fixtures";
import type { AnchorCase } from "./anchorCase";

const component = (changes: Record<string, unknown>) => ({
  type: TYPE_GROUPS.appInsights[0],
  props: {
    resourceGroupName: "rg-ai",
    resourceName: "appi-ai",
    kind: "web",
    applicationType: "web",
    workspaceResourceId:
      "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-ai",
    disableLocalAuth: true,
    ...changes,
  },
});
const workspace = (workspaceName: string) => ({
  type: T.logAnalyticsWorkspace,
  props: {
    resourceGroupName: "rg-ai",
    workspaceName,
    sku: { name: "PerGB2018" },
    retentionInDays: 90,
  },
});

export const anchorCases: AnchorCase[] = [
  {
    anchor: "psrule:Azure.AppInsights.LocalAuth",
    policy: "monitoring-local-auth-disabled",
    resource: component({ disableLocalAuth: false }),
  },
  {
    anchor: "psrule:Azure.AppInsights.Workspace",
    policy: "app-insights-workspace-based",
    resource: {
      type: TYPE_GROUPS.appInsights[0],
      props: {
        resourceGroupName: "rg-ai",
        resourceName: "appi-ai",
        kind: "web",
        applicationType: "web",
      },
    },
  },
  {
    anchor: "psrule:Azure.Alert.MetricAutoMitigate",
    policy: "metric-alert-auto-mitigate",
    resource: {
      type: TYPE_GROUPS.metricAlert[0],
      props: metricAlert({ autoMitigate: false }),
    },
  },
  {
    anchor: "psrule:Azure.Alert.HighFrequencyQuery",
    policy: "scheduled-query-not-every-minute",
    resource: {
      type: TYPE_GROUPS.scheduledQueryRule[0],
      props: queryRule("PT1M"),
    },
  },
  {
    anchor: "psrule:Azure.AppInsights.Name",
    policy: "resource-name-valid",
    resource: component({ resourceName: "appi-ai." }),
  },
  {
    anchor: "psrule:Azure.Log.Name",
    policy: "resource-name-valid",
    resource: workspace("log-ai-"),
  },
  {
    anchor: "psrule:Azure.AppInsights.Naming",
    policy: "resource-name-format",
    resource: component({ resourceName: "ai-telemetry" }),
  },
  {
    anchor: "psrule:Azure.Log.Naming",
    policy: "resource-name-format",
    resource: workspace("ai-logs"),
  },
];
