import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

export const keyVaultRbacAuthorization = resourceRule({
  name: "key-vault-rbac-authorization",
  description: "Key vaults authorize data-plane access with Azure RBAC instead of access policies.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "psrule:Azure.KeyVault.RBAC",
    "psrule:Azure.KeyVault.AccessPolicy",
    "azpol:Azure Key Vault should use RBAC permission model",
    "mcsb:PA-7",
  ],
  remediationSteps:
    "Set properties.enableRbacAuthorization to true, remove properties.accessPolicies (and keyvault:AccessPolicy resources) and grant Key Vault data roles instead.",
  url: "https://learn.microsoft.com/azure/key-vault/general/rbac-guide",
  types: [T.vault, T.vaultAccessPolicy],
  validate: (props: Props<VaultArgs>, ctx) => {
    if (ctx.type === T.vaultAccessPolicy) {
      ctx.report(
        "This access policy grants data-plane access outside RBAC; remove it and assign a Key Vault data role instead.",
      );
      return;
    }
    const properties = props.properties;
    if (!("enableRbacAuthorization" in properties)) {
      ctx.report("properties.enableRbacAuthorization is not set; set it to true.");
    } else if (properties.enableRbacAuthorization !== true) {
      ctx.report(
        `properties.enableRbacAuthorization is ${String(properties.enableRbacAuthorization)}; set it to true.`,
      );
    }
    if ("accessPolicies" in properties && (properties.accessPolicies ?? []).length > 0) {
      ctx.report(
        "properties.accessPolicies grants access outside RBAC; remove the access policies.",
      );
    }
  },
});
