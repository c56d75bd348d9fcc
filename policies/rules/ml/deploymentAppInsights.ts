import { resourceRule, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

export const amlDeploymentAppInsights = resourceRule({
  name: "aml-deployment-app-insights",
  description:
    "Azure Machine Learning online deployments send request telemetry and logs to Application Insights.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["own:Azure Machine Learning online endpoint monitoring"],
  remediationSteps: "Set properties.appInsightsEnabled to true.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-monitor-online-endpoints",
  types: [T.mlOnlineDeployment],
  validate: (props: DeploymentProps, ctx) => {
    const settings = settingsOf(props);
    if (settings.appInsightsEnabled !== true) {
      const actual =
        "appInsightsEnabled" in settings ? String(settings.appInsightsEnabled) : "not set";
      ctx.report(`properties.appInsightsEnabled must be true; it is ${actual}.`);
    }
  },
});
