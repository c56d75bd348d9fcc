import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageAccountCmkEncryption = resourceRule({
  name: "storage-account-cmk-encryption",
  description: "Storage accounts encrypt data at rest with a customer-managed key from Key Vault.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV2_AZURE_1",
    "trivy:AZU-0060",
    "azpol:Storage accounts should use customer-managed key for encryption",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set encryption.keySource to 'Microsoft.Keyvault' with encryption.keyVaultProperties (keyName, keyVaultUri built from the vault name) and an identity allowed to use the key.",
  url: "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    if (!("encryption" in props)) {
      ctx.report(
        "encryption is not set (Microsoft-managed keys); set encryption.keySource to 'Microsoft.Keyvault'.",
      );
      return;
    }
    const encryption = props.encryption;
    if (encryption?.keySource !== "Microsoft.Keyvault") {
      ctx.report(
        `encryption.keySource is '${String(encryption?.keySource)}'; set it to 'Microsoft.Keyvault'.`,
      );
    } else if (!("keyVaultProperties" in encryption)) {
      ctx.report("encryption.keyVaultProperties is not set; name the key vault and key.");
    }
  },
});
