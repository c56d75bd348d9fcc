import type { ServiceArgs } from "@pulumi/azure-native/search";
import { Props, resourceRule, T } from "../../lib";

export const searchPublicNetworkAccessDisabled = resourceRule({
  name: "search-public-network-access-disabled",
  description: "Azure AI Search services are reachable only through private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_124",
    "checkov:CKV_AZURE_210",
    "azpol:Azure AI Search services should disable public network access",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled' and reach the service through a private endpoint (group 'searchService').",
  url: "https://learn.microsoft.com/azure/search/service-create-private-endpoint",
  types: [T.searchService],
  validate: (props: Props<ServiceArgs>, ctx) => {
    // azure-native fills in 'Enabled' when the input is left out.
    const access = props.publicNetworkAccess ?? "Enabled";
    if (access !== "Disabled") {
      ctx.report(`publicNetworkAccess must be 'Disabled'; it is '${String(access)}'.`);
    }
  },
});
