import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, quoteList, resourceRule, stackTagsMatch, T } from "../../lib";

export const storageAccountGeoRedundant = resourceRule({
  name: "storage-account-geo-redundant",
  description: "In production stacks, storage accounts replicate their data to a secondary region.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["checkov:CKV_AZURE_206"],
  remediationSteps:
    "Set sku.name to 'Standard_GZRS' or 'Standard_RAGZRS' (zone- and geo-redundant), or 'Standard_GRS' / 'Standard_RAGRS'.",
  url: "https://learn.microsoft.com/azure/storage/common/storage-redundancy#redundancy-in-a-secondary-region",
  types: [T.storageAccount],
  config: {
    geoRedundantSkus: {
      type: "array",
      items: { type: "string" },
      default: ["Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS"],
      description: "Storage SKUs that count as geo-redundant.",
    },
    whenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: { environment: ["prod", "production"] },
      description: "Stack tags (key to values) that mark the stacks this policy checks.",
    },
  },
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    if (!stackTagsMatch(ctx.config.whenStackTags, ctx.stackTags)) return;
    const sku = String(props.sku?.name);
    // Premium accounts offer no geo-redundant SKU; zone redundancy is their ceiling.
    if (sku.startsWith("Premium_")) return;
    if (!ctx.config.geoRedundantSkus.includes(sku)) {
      ctx.report(`sku.name is '${sku}'; use one of ${quoteList(ctx.config.geoRedundantSkus)}.`);
    }
  },
});
