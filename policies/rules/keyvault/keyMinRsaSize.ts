import type { KeyArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

export const keyVaultKeyMinRsaSize = resourceRule({
  name: "key-vault-key-min-rsa-size",
  description: "RSA keys in Key Vault are at least the configured size.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["azpol:Keys using RSA cryptography should have a specified minimum key size"],
  remediationSteps: "Set properties.keySize to 3072 or 4096 for RSA and RSA-HSM keys.",
  url: "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details",
  types: [T.key],
  config: {
    minimumRsaKeySize: {
      type: "integer",
      enum: [2048, 3072, 4096],
      default: 3072,
      description: "Smallest RSA key size, in bits.",
    },
  },
  validate: (props: Props<KeyArgs>, ctx) => {
    const properties = props.properties;
    // Only RSA keys have a size; an unset kty is decided by Azure at creation, so read kty first.
    const kty = "kty" in properties ? String(properties.kty) : "";
    if (!kty.startsWith("RSA")) return;
    const min = ctx.config.minimumRsaKeySize;
    if (!("keySize" in properties)) {
      ctx.report(
        `properties.keySize is not set (Azure uses 2048 bits); set it to at least ${min}.`,
      );
    } else if (typeof properties.keySize !== "number" || properties.keySize < min) {
      ctx.report(`properties.keySize is ${String(properties.keySize)}; use at least ${min} bits.`);
    }
  },
});
