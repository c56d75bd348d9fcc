import type { SecretArgs } from "@pulumi/azure-native/keyvault";
import { has, Props, resourceRule, T } from "../../lib";

export const keyVaultSecretExpiration = resourceRule({
  name: "key-vault-secret-expiration",
  description: "Key Vault secrets carry an expiry date and a content type.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_41",
    "checkov:CKV_AZURE_114",
    "trivy:AZU-0017",
    "trivy:AZU-0015",
    "azpol:Key Vault secrets should have an expiration date",
    "azpol:Secrets should have content type set",
  ],
  remediationSteps: "Set properties.attributes.expires (Unix seconds) and properties.contentType.",
  url: "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets",
  types: [T.secret],
  validate: (props: Props<SecretArgs>, ctx) => {
    // Presence only: the secret value itself is never read.
    const properties = props.properties;
    if (!has(properties.attributes, "expires")) {
      ctx.report("properties.attributes.expires is not set; give the secret an expiry date.");
    }
    if (!("contentType" in properties)) {
      ctx.report("properties.contentType is not set; describe the secret's format.");
    }
  },
});
