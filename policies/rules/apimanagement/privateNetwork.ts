import type { ApiManagementServiceArgs } from "@pulumi/azure-native/apimanagement";
import { Props, resourceRule, T } from "../../lib";

export const apimPrivateNetwork = resourceRule({
  name: "apim-private-network",
  description:
    "API Management gateways are reachable only from private networks: internal virtual network mode, or public network access disabled behind a private endpoint.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV_AZURE_107", "checkov:CKV_AZURE_174", "mcsb:NS-2"],
  remediationSteps:
    "Set virtualNetworkType to 'Internal' with virtualNetworkConfiguration.subnetResourceId, or publicNetworkAccess to 'Disabled' with a private endpoint (group 'Gateway').",
  url: "https://learn.microsoft.com/azure/api-management/api-management-using-with-internal-vnet",
  types: [T.apiManagement],
  validate: (props: Props<ApiManagementServiceArgs>, ctx) => {
    // azure-native fills in 'None' when the input is left out.
    const mode = props.virtualNetworkType ?? "None";
    if (mode === "Internal") return;
    if (props.publicNetworkAccess === "Disabled") return;
    ctx.report(
      `virtualNetworkType is '${String(mode)}' and publicNetworkAccess is not 'Disabled', so the gateway is public; use 'Internal' or disable public network access.`,
    );
  },
});
