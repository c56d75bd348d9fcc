import type { ComponentArgs } from "@pulumi/azure-native/applicationinsights";
import { Props, resourceRule, TYPE_GROUPS } from "../../lib";

export const appInsightsLocalAuthDisabled = resourceRule({
  name: "app-insights-local-auth-disabled",
  description:
    "Application Insights accepts telemetry only from Entra ID-authenticated clients, not from anyone holding the instrumentation key.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["psrule:Azure.AppInsights.LocalAuth", "mcsb:IM-1"],
  remediationSteps:
    "Set disableLocalAuth to true and grant the sending identities the Monitoring Metrics Publisher role.",
  url: "https://learn.microsoft.com/azure/azure-monitor/app/azure-ad-authentication",
  types: TYPE_GROUPS.appInsights,
  validate: (props: Props<ComponentArgs>, ctx) => {
    if (!("disableLocalAuth" in props)) {
      ctx.report(
        "disableLocalAuth is not set, so the instrumentation key alone can send telemetry; set it to true.",
      );
    } else if (props.disableLocalAuth !== true) {
      ctx.report(`disableLocalAuth is ${String(props.disableLocalAuth)}; set it to true.`);
    }
  },
});
