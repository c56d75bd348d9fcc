import type {
  BlobContainerArgs,
  BlobServicePropertiesArgs,
  StorageAccountArgs,
} from "@pulumi/azure-native/storage";
import type { Props } from "../../../../policies/lib";

/** A storage account that passes every storage rule, typed against the v3 inputs. */
export const storageAccount = (): Props<StorageAccountArgs> => ({
  resourceGroupName: "rg-ai",
  kind: "StorageV2",
  sku: { name: "Standard_ZRS" },
  minimumTlsVersion: "TLS1_2",
  enableHttpsTrafficOnly: true,
  publicNetworkAccess: "Disabled",
  networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
  allowBlobPublicAccess: false,
  allowSharedKeyAccess: false,
  allowCrossTenantReplication: false,
  encryption: {
    keySource: "Microsoft.Keyvault",
    keyVaultProperties: { keyName: "cmk", keyVaultUri: "https://kv-ai.vault.azure.net/" },
  },
});

/** A blob service that passes every blob service rule. */
export const blobService = (): Props<BlobServicePropertiesArgs> => ({
  accountName: "stai",
  resourceGroupName: "rg-ai",
  deleteRetentionPolicy: { enabled: true, days: 7 },
  containerDeleteRetentionPolicy: { enabled: true, days: 7 },
  isVersioningEnabled: true,
});

/** A private blob container. */
export const blobContainer = (): Props<BlobContainerArgs> => ({
  accountName: "stai",
  resourceGroupName: "rg-ai",
  publicAccess: "None",
});
