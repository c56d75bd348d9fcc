import type { ServiceArgs } from "@pulumi/azure-native/search";
import { Props, resourceRule, T } from "../../lib";

export const searchManagedIdentity = resourceRule({
  name: "search-managed-identity",
  description:
    "Azure AI Search services have a managed identity, so indexers, vectorizers and keys need no stored secrets.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["checkov:CKV_AZURE_207", "mcsb:IM-3"],
  remediationSteps:
    "Set identity.type to 'SystemAssigned' (or add user-assigned identities) and grant it narrow roles on what the service reads.",
  url: "https://learn.microsoft.com/azure/search/search-howto-managed-identities-data-sources",
  types: [T.searchService],
  validate: (props: Props<ServiceArgs>, ctx) => {
    const type = props.identity?.type;
    if (type === undefined || type === null || type === "None") {
      ctx.report(
        `identity.type must name a managed identity; it is ${type === undefined || type === null ? "not set" : "'None'"}.`,
      );
    }
  },
});
