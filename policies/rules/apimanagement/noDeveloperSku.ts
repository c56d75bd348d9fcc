import type { ApiManagementServiceArgs } from "@pulumi/azure-native/apimanagement";
import { Props, resourceRule, stackTagsMatch, T } from "../../lib";

export const apimNoDeveloperSku = resourceRule({
  name: "apim-no-developer-sku",
  description:
    "In production stacks, API Management gateways do not run on the Developer SKU, which has no SLA and a single unit.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["own:API Management feature comparison (the Developer tier has no SLA)"],
  remediationSteps:
    "Set sku.name to 'Premium' (internal virtual network, zones, several units) or another SKU with an SLA that meets the gateway's network needs.",
  url: "https://learn.microsoft.com/azure/api-management/api-management-features",
  types: [T.apiManagement],
  config: {
    whenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: { environment: ["prod", "production"] },
      description: "Stack tags (key to values) that mark the stacks this policy checks.",
    },
  },
  validate: (props: Props<ApiManagementServiceArgs>, ctx) => {
    if (!stackTagsMatch(ctx.config.whenStackTags, ctx.stackTags)) return;
    const sku = props.sku?.name;
    if (sku === "Developer") {
      ctx.report("sku.name is 'Developer', which has no SLA; use 'Premium' in production.");
    }
  },
});
