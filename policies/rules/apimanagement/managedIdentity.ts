import type { ApiManagementServiceArgs } from "@pulumi/azure-native/apimanagement";
import { Props, resourceRule, T } from "../../lib";

export const apimManagedIdentity = resourceRule({
  name: "apim-managed-identity",
  description:
    "API Management gateways have a managed identity, so they call backends and Key Vault without stored secrets.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["mcsb:IM-3"],
  remediationSteps:
    "Set identity.type to 'SystemAssigned' (or add user-assigned identities) and grant it the backends' data-plane roles.",
  url: "https://learn.microsoft.com/azure/api-management/api-management-howto-use-managed-service-identity",
  types: [T.apiManagement],
  validate: (props: Props<ApiManagementServiceArgs>, ctx) => {
    const type = props.identity?.type;
    if (type === undefined || type === null || type === "None") {
      ctx.report(
        `identity.type must name a managed identity; it is ${type === undefined || type === null ? "not set" : "'None'"}.`,
      );
    }
  },
});
