import type { KeyArgs } from "@pulumi/azure-native/keyvault";
import { has, Props, resourceRule, T } from "../../lib";

export const keyVaultKeyExpiration = resourceRule({
  name: "key-vault-key-expiration",
  description: "Key Vault keys carry an expiry date or a rotation policy that sets one.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_40",
    "trivy:AZU-0014",
    "azpol:Key Vault keys should have an expiration date",
    "mcsb:DP-6",
  ],
  remediationSteps:
    "Set properties.attributes.expires (Unix seconds) or properties.rotationPolicy.attributes.expiryTime (ISO 8601 duration, e.g. 'P2Y').",
  url: "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details#key-attributes",
  types: [T.key],
  validate: (props: Props<KeyArgs>, ctx) => {
    const properties = props.properties;
    if (has(properties.attributes, "expires")) return;
    if (
      has(properties.rotationPolicy, "attributes") &&
      has(properties.rotationPolicy?.attributes, "expiryTime")
    ) {
      return;
    }
    ctx.report(
      "properties.attributes.expires and properties.rotationPolicy.attributes.expiryTime are not set; set one of them.",
    );
  },
});
