import type { ServiceArgs } from "@pulumi/azure-native/search";
import { Props, resourceRule, shown, T } from "../../lib";

export const searchLocalAuthDisabled = resourceRule({
  name: "search-local-auth-disabled",
  description: "Azure AI Search services accept only Microsoft Entra ID tokens, not API keys.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "psrule:Azure.Search.LocalAuth",
    "azpol:Azure AI Search services should have local authentication methods disabled",
    "mcsb:IM-1",
  ],
  remediationSteps:
    "Set disableLocalAuth to true, remove authOptions, and grant callers 'Search Index Data Reader' or 'Search Index Data Contributor'.",
  url: "https://learn.microsoft.com/azure/search/search-security-enable-roles",
  types: [T.searchService],
  validate: (props: Props<ServiceArgs>, ctx) => {
    const value = props.disableLocalAuth;
    if (value === undefined || value === null) {
      ctx.report("disableLocalAuth must be true; it is not set, so API keys work.");
    } else if (value !== true) {
      ctx.report(`disableLocalAuth must be true; it is ${shown(value)}.`);
    }
  },
});
