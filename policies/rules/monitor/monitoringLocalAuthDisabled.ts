import { resourceRule, T, TYPE_GROUPS } from "../../lib";

export const monitoringLocalAuthDisabled = resourceRule({
  name: "monitoring-local-auth-disabled",
  description:
    "Log Analytics workspaces and Application Insights components accept only Microsoft Entra ID, not shared or instrumentation keys.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "azpol:Log Analytics Workspaces should block non-Azure Active Directory based ingestion.",
    "azpol:Application Insights components should block non-Azure Active Directory based ingestion.",
    "psrule:Azure.AppInsights.LocalAuth",
    "mcsb:IM-1",
  ],
  remediationSteps:
    "Set features.disableLocalAuth to true on the Log Analytics workspace and disableLocalAuth to true on the Application Insights component (Observability's disableLocalAuth: false is its opt-out); agents and SDKs then authenticate with Entra ID.",
  url: "https://learn.microsoft.com/azure/azure-monitor/logs/azure-ad-authentication-logs",
  types: [T.logAnalyticsWorkspace, ...TYPE_GROUPS.appInsights],
  validate: (props: Record<string, any>, ctx) => {
    const workspace = ctx.type === T.logAnalyticsWorkspace;
    const at = workspace ? "features.disableLocalAuth" : "disableLocalAuth";
    const holder = workspace ? ("features" in props ? props.features : undefined) : props;
    const value =
      holder !== undefined && holder !== null && "disableLocalAuth" in holder
        ? holder.disableLocalAuth
        : undefined;
    if (value !== true) {
      const actual = value === undefined ? "not set, so keys work" : JSON.stringify(value);
      ctx.report(`${at} must be true; it is ${actual}.`);
    }
  },
});
