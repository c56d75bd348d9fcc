import type { DeploymentArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const deploymentContentFilterBound = resourceRule({
  name: "openai-deployment-content-filter-bound",
  description:
    "Every Azure OpenAI model deployment is bound to a named content filter (RAI) policy.",
  severity: "high",
  pillar: "security",
  principle: "earn-user-trust",
  anchors: [
    "azpol:[Preview]: Guardrail for Cognitive Services Deployments",
    "own:Azure OpenAI content filtering",
  ],
  remediationSteps:
    "Set properties.raiPolicyName to the name of a cognitiveservices RaiPolicy on the same account (or a built-in such as 'Microsoft.DefaultV2').",
  url: "https://learn.microsoft.com/azure/ai-services/openai/how-to/content-filters",
  types: [T.aiDeployment],
  validate: (props: Props<DeploymentArgs>, ctx) => {
    // Presence decides: the name is usually the output of a RaiPolicy created in the same run.
    const properties = "properties" in props ? (props.properties ?? {}) : {};
    if (!("raiPolicyName" in properties)) {
      ctx.report(
        "properties.raiPolicyName must name a content filter policy; it is not set, so the deployment gets the account default.",
      );
    }
  },
});
