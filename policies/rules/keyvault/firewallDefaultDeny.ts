import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

export const keyVaultFirewallDefaultDeny = resourceRule({
  name: "key-vault-firewall-default-deny",
  description: "Key vault firewalls deny traffic that no network rule allows.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_109",
    "psrule:Azure.KeyVault.Firewall",
    "trivy:AZU-0013",
    "azpol:Azure Key Vault should have firewall enabled or public network access disabled",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set properties.networkAcls.defaultAction to 'Deny' (bypass 'AzureServices'), or set properties.publicNetworkAccess to 'Disabled'.",
  url: "https://learn.microsoft.com/azure/key-vault/general/network-security",
  types: [T.vault],
  validate: (props: Props<VaultArgs>, ctx) => {
    const properties = props.properties;
    // Public access disabled decides: the firewall is then never consulted.
    if (properties.publicNetworkAccess === "Disabled") return;
    if (!("networkAcls" in properties)) {
      ctx.report(
        "properties.networkAcls is not set, so the default action is 'Allow'; set properties.networkAcls.defaultAction to 'Deny'.",
      );
      return;
    }
    const action = properties.networkAcls?.defaultAction;
    if (action !== "Deny") {
      ctx.report(`properties.networkAcls.defaultAction is '${String(action)}'; set it to 'Deny'.`);
    }
  },
});
