import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

export const keyVaultPurgeProtection = resourceRule({
  name: "key-vault-purge-protection",
  description:
    "Key vaults have purge protection, so deleted keys cannot be destroyed before their retention ends.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_110",
    "checkov:CKV_AZURE_42",
    "psrule:Azure.KeyVault.PurgeProtect",
    "trivy:AZU-0016",
    "azpol:Key vaults should have deletion protection enabled",
    "aprl:70fcfe6d",
    "mcsb:DP-8",
  ],
  remediationSteps:
    "Set properties.enablePurgeProtection to true (required for customer-managed keys on Storage, AML and AI services; it cannot be turned off again).",
  url: "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection",
  types: [T.vault],
  validate: (props: Props<VaultArgs>, ctx) => {
    const properties = props.properties;
    if (!("enablePurgeProtection" in properties)) {
      ctx.report("properties.enablePurgeProtection is not set; set it to true.");
    } else if (properties.enablePurgeProtection !== true) {
      ctx.report(
        `properties.enablePurgeProtection is ${String(properties.enablePurgeProtection)}; set it to true.`,
      );
    }
  },
});
