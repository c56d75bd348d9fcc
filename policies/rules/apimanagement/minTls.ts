import type { ApiManagementServiceArgs } from "@pulumi/azure-native/apimanagement";
import { Props, resourceRule, T } from "../../lib";
import { legacyProtocolKeys } from "./lib/legacyProtocols";

export const apimMinTls = resourceRule({
  name: "apim-min-tls",
  description:
    "API Management gateways accept and make no connections older than TLS 1.2, towards clients or backends.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["checkov:CKV_AZURE_173", "mcsb:DP-3"],
  remediationSteps:
    "Set each Tls10, Tls11 and Ssl30 entry of customProperties (Protocols and Backend.Protocols) to 'False', or leave them out.",
  url: "https://learn.microsoft.com/azure/api-management/api-management-howto-manage-protocols-ciphers",
  types: [T.apiManagement],
  validate: (props: Props<ApiManagementServiceArgs>, ctx) => {
    const custom: Record<string, unknown> = props.customProperties ?? {};
    for (const key of legacyProtocolKeys) {
      const value = custom[key];
      // Services created with API version 2019-01-01 or later have them off unless turned on.
      if (value !== undefined && value !== null && String(value).toLowerCase() !== "false") {
        ctx.report(`customProperties['${key}'] is '${String(value)}'; set it to 'False'.`);
      }
    }
  },
});
