import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const storageAccountZoneRedundant = resourceRule({
  name: "storage-account-zone-redundant",
  description: "Storage accounts replicate data across availability zones.",
  severity: "high",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: [
    "psrule:Azure.Storage.UseReplication",
    "trivy:AZU-0058",
    "azpol:[Preview]: Storage Accounts should be Zone Redundant",
    "aprl:e6c7e1cc",
  ],
  remediationSteps:
    "Set sku.name to 'Standard_ZRS', 'Standard_GZRS' or 'Standard_RAGZRS' (or 'Premium_ZRS').",
  url: "https://learn.microsoft.com/azure/storage/common/storage-redundancy",
  types: [T.storageAccount],
  config: {
    zoneRedundantSkus: {
      type: "array",
      items: { type: "string" },
      default: ["Standard_ZRS", "Standard_GZRS", "Standard_RAGZRS", "Premium_ZRS"],
      description: "Storage SKUs that count as zone-redundant.",
    },
  },
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    const sku = String(props.sku?.name);
    if (!ctx.config.zoneRedundantSkus.includes(sku)) {
      ctx.report(`sku.name is '${sku}'; use one of ${quoteList(ctx.config.zoneRedundantSkus)}.`);
    }
  },
});
