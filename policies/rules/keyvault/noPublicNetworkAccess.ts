import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

export const keyVaultNoPublicNetworkAccess = resourceRule({
  name: "key-vault-no-public-network-access",
  description: "Key vaults disable public network access and are reached over private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_189",
    "azpol:Azure Key Vault should disable public network access",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set properties.publicNetworkAccess to 'Disabled' and add a private endpoint (group 'vault').",
  url: "https://learn.microsoft.com/azure/key-vault/general/private-link-service",
  types: [T.vault],
  validate: (props: Props<VaultArgs>, ctx) => {
    const properties = props.properties;
    if (!("publicNetworkAccess" in properties)) {
      ctx.report(
        "properties.publicNetworkAccess is not set (Azure enables it); set it to 'Disabled'.",
      );
    } else if (properties.publicNetworkAccess !== "Disabled") {
      ctx.report(
        `properties.publicNetworkAccess is '${String(properties.publicNetworkAccess)}'; set it to 'Disabled'.`,
      );
    }
  },
});
