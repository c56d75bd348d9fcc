import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const storageAccountAllowedSkus = resourceRule({
  name: "storage-account-allowed-skus",
  description: "Storage accounts use only the SKUs the organisation has approved for cost.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "pay-for-what-you-intend-to-use",
  anchors: ["azpol:Storage accounts should be limited by allowed SKUs"],
  remediationSteps: "Pick an approved SKU, or add the SKU to the policy's allowedSkus parameter.",
  url: "https://learn.microsoft.com/azure/storage/common/storage-account-overview#types-of-storage-accounts",
  types: [T.storageAccount],
  config: {
    allowedSkus: {
      type: "array",
      items: { type: "string" },
      default: [
        "Standard_LRS",
        "Standard_ZRS",
        "Standard_GRS",
        "Standard_GZRS",
        "Standard_RAGRS",
        "Standard_RAGZRS",
      ],
      description: "Storage SKUs the stack may use (premium tiers need an explicit opt-in).",
    },
  },
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    const sku = String(props.sku?.name);
    if (!ctx.config.allowedSkus.includes(sku)) {
      ctx.report(
        `sku.name '${sku}' is not allowed; use one of ${quoteList(ctx.config.allowedSkus)}.`,
      );
    }
  },
});
