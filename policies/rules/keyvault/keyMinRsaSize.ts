import type { PolicyResource } from "@pulumi/policy";
import { ofType, parseVaultUri, peek, stackRule, T, UNRESOLVED } from "../../lib";

/** Azure AI services take only 2048-bit RSA keys for customer-managed encryption. */
const AI_SERVICES_KEY_SIZE = 2048;

/** `vault/key` of each key an Azure AI services account in the stack encrypts with. */
function keysOfAiAccounts(resources: readonly PolicyResource[]): Set<string> {
  const used = new Set<string>();
  for (const account of ofType(resources, [T.aiAccount])) {
    const key = peek(() => account.props.properties?.encryption?.keyVaultProperties as unknown);
    if (key === UNRESOLVED || key === null || typeof key !== "object") continue;
    const { keyName, keyVaultUri } = key as { keyName?: unknown; keyVaultUri?: unknown };
    const vault = parseVaultUri(keyVaultUri);
    if ("value" in vault && typeof keyName === "string") {
      used.add(`${vault.value}/${keyName.toLowerCase()}`);
    }
  }
  return used;
}

export const keyVaultKeyMinRsaSize = stackRule({
  name: "key-vault-key-min-rsa-size",
  description:
    "RSA keys in Key Vault are at least the configured size; a key an Azure AI services account in the stack encrypts with is 2048 bits, the only size those services accept.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["azpol:Keys using RSA cryptography should have a specified minimum key size"],
  remediationSteps:
    "Set properties.keySize to 3072 or 4096 for RSA and RSA-HSM keys; a key for Azure AI services (Azure OpenAI) must be 2048 bits, since they accept no other size.",
  url: "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details",
  types: [T.key, T.aiAccount],
  subject: T.key,
  config: {
    minimumRsaKeySize: {
      type: "integer",
      enum: [2048, 3072, 4096],
      default: 3072,
      description: "Smallest RSA key size, in bits, for keys Azure AI services do not use.",
    },
  },
  validate: (resources, ctx) => {
    const aiKeys = keysOfAiAccounts(resources);
    for (const key of ofType(resources, [T.key])) {
      // Only RSA keys have a size; an unset kty is decided by Azure at creation.
      const kty = peek(() => key.props.properties?.kty as unknown);
      if (kty === UNRESOLVED || !String(kty ?? "").startsWith("RSA")) continue;
      const size = peek(() => key.props.properties?.keySize as unknown);
      if (size === UNRESOLVED) continue;
      const vault = String(key.props.vaultName ?? "").toLowerCase();
      const name = String(key.props.keyName ?? "").toLowerCase();
      if (aiKeys.has(`${vault}/${name}`)) {
        if (size !== AI_SERVICES_KEY_SIZE) {
          ctx.report(
            `The key '${key.name}' encrypts an Azure AI services account: properties.keySize is ${size === undefined ? "not set" : String(size)}; Azure AI services accept only ${AI_SERVICES_KEY_SIZE}-bit RSA keys.`,
            key,
          );
        }
        continue;
      }
      const min = ctx.config.minimumRsaKeySize;
      if (size === undefined) {
        ctx.report(
          `The key '${key.name}': properties.keySize is not set (Azure uses 2048 bits); set it to at least ${min}.`,
          key,
        );
      } else if (typeof size !== "number" || size < min) {
        ctx.report(
          `The key '${key.name}': properties.keySize is ${String(size)}; use at least ${min} bits.`,
          key,
        );
      }
    }
  },
});
