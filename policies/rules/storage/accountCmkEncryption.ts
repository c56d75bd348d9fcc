import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import {
  keyVaultPurgeProtectionCheck,
  Props,
  reportVaultUriKey,
  resourceRule,
  T,
  vaultOfUri,
  versionlessKeyParam,
} from "../../lib";

const AT = "encryption.keyVaultProperties";

export const storageAccountCmkEncryption = resourceRule({
  name: "storage-account-cmk-encryption",
  description:
    "Storage accounts encrypt data at rest with a customer-managed key, named by a well-formed vault URI and key name, in a purge-protected vault.",
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
    "Set encryption.keySource to 'Microsoft.Keyvault' with encryption.keyVaultProperties { keyVaultUri: 'https://<vault>.vault.azure.net/', keyName } (no keyVersion, so rotation is followed), an identity allowed to use the key, and purge protection on the vault.",
  url: "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview",
  types: [T.storageAccount],
  config: versionlessKeyParam("key", "account"),
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
      return;
    }
    if (!("keyVaultProperties" in encryption)) {
      ctx.report(`${AT} is not set; name the key vault and key.`);
      return;
    }
    reportVaultUriKey(encryption.keyVaultProperties ?? {}, AT, "account", ctx);
  },
  stack: keyVaultPurgeProtectionCheck(T.storageAccount, `${AT}.keyVaultUri`, (props) =>
    props.encryption?.keySource === "Microsoft.Keyvault"
      ? vaultOfUri(props.encryption.keyVaultProperties?.keyVaultUri)
      : undefined,
  ),
});
