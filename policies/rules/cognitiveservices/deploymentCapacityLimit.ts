import type { DeploymentArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, shown, T } from "../../lib";

export const openaiDeploymentCapacityLimit = resourceRule({
  name: "openai-deployment-capacity-limit",
  description:
    "Azure OpenAI model deployments state their capacity explicitly, within the budgeted maximum.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "determine-cost-drivers-through-cost-modeling",
  anchors: ["own:Azure OpenAI quota and capacity"],
  remediationSteps:
    "Set sku.capacity (thousands of tokens per minute for standard SKUs, PTUs for provisioned ones) from the cost model, at most the configured maxCapacity.",
  url: "https://learn.microsoft.com/azure/ai-services/openai/how-to/quota",
  types: [T.aiDeployment],
  config: {
    maxCapacity: {
      type: "integer",
      minimum: 1,
      default: 500,
      description: "The largest sku.capacity a deployment may request.",
    },
  },
  validate: (props: Props<DeploymentArgs>, ctx) => {
    const max = ctx.config.maxCapacity;
    if (props.sku === undefined || !("capacity" in props.sku)) {
      ctx.report(`sku.capacity must be set, at most ${max}; it is not set.`);
      return;
    }
    const capacity = props.sku.capacity;
    if (typeof capacity !== "number" || capacity > max) {
      ctx.report(`sku.capacity must be at most ${max}; it is ${shown(capacity)}.`);
    }
  },
});
