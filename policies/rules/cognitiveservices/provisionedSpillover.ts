import type { DeploymentArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const openaiProvisionedSpillover = resourceRule({
  name: "openai-provisioned-spillover",
  description:
    "Azure OpenAI provisioned (PTU) deployments spill excess traffic over to a standard deployment instead of failing it.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-a-reliable-user-experience",
  anchors: ["aprl:0c193899", "own:Azure OpenAI spillover traffic management"],
  remediationSteps:
    "Set properties.spilloverDeploymentName to a standard (pay-as-you-go) deployment of the same model on the same account.",
  url: "https://learn.microsoft.com/azure/ai-services/openai/how-to/spillover-traffic-management",
  types: [T.aiDeployment],
  validate: (props: Props<DeploymentArgs>, ctx) => {
    const sku = props.sku?.name;
    // Only provisioned throughput rejects traffic above its reservation (HTTP 429).
    if (sku === undefined || !/provisioned/i.test(String(sku))) return;
    const properties = "properties" in props ? (props.properties ?? {}) : {};
    if (!("spilloverDeploymentName" in properties)) {
      ctx.report(
        `properties.spilloverDeploymentName must name a standard deployment for a '${String(sku)}' deployment; it is not set.`,
      );
    }
  },
});
