import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const acrPremiumSku = resourceRule({
  name: "acr-premium-sku",
  description:
    "Container registries use a SKU that supports private link, zone redundancy and geo-replication.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: [
    "checkov:CKV_AZURE_163",
    "azpol:Container registries should have SKUs that support Private Links",
    "psrule:Azure.ACR.MinSku",
    "aprl:eb005943",
  ],
  remediationSteps: "Set sku.name to 'Premium' (or one of the configured allowedSkus).",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-skus",
  types: [T.registry],
  config: {
    allowedSkus: {
      type: "array",
      items: { type: "string" },
      default: ["Premium"],
      description: "Registry SKUs allowed; only Premium has private link and zone redundancy.",
    },
  },
  validate: (props: Props<RegistryArgs>, ctx) => {
    const allowed = ctx.config.allowedSkus;
    const name = props.sku?.name;
    if (!allowed.includes(String(name))) {
      ctx.report(`sku.name must be one of ${quoteList(allowed)}; it is '${String(name)}'.`);
    }
  },
});
