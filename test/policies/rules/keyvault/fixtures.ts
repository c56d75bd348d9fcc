import type { KeyArgs, SecretArgs, VaultArgs } from "@pulumi/azure-native/keyvault";
import type { Props } from "../../../../policies/lib";

/** A key vault that passes every vault rule, typed against the v3 inputs. */
export const vault = (): Props<VaultArgs> => ({
  resourceGroupName: "rg-ai",
  properties: {
    tenantId: "00000000-0000-0000-0000-000000000000",
    sku: { family: "A", name: "premium" },
    enableRbacAuthorization: true,
    enablePurgeProtection: true,
    enableSoftDelete: true,
    softDeleteRetentionInDays: 90,
    publicNetworkAccess: "Disabled",
    networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
  },
});

/** Vault props with some `properties` fields replaced. */
export const vaultWith = (changes: Record<string, unknown>) => ({
  ...vault(),
  properties: { ...vault().properties, ...changes },
});

/** A key that passes every key rule. */
export const key = (): Props<KeyArgs> => ({
  resourceGroupName: "rg-ai",
  vaultName: "kv-ai",
  properties: {
    kty: "RSA-HSM",
    keySize: 3072,
    // A year from now: within the default maximum validity of two years.
    attributes: { expires: Math.floor(Date.now() / 1000) + 365 * 86_400 },
    rotationPolicy: {
      attributes: { expiryTime: "P2Y" },
      lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P1Y" } }],
    },
  },
});

/** Key props with some `properties` fields replaced. */
export const keyWith = (changes: Record<string, unknown>) => ({
  ...key(),
  properties: { ...key().properties, ...changes },
});

/** A secret that passes the secret rule. */
export const secret = (): Props<SecretArgs> => ({
  resourceGroupName: "rg-ai",
  vaultName: "kv-ai",
  properties: { value: "s3cr3t", contentType: "text/plain", attributes: { expires: 1893456000 } },
});
