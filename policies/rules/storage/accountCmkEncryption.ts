import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import {
  keyNameProblem,
  parseVaultUri,
  Props,
  reportKeysInUnprotectedVaults,
  resourceRule,
  T,
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
  config: {
    requireVersionlessKey: {
      type: "boolean",
      default: true,
      description:
        "Whether a key pinned to one version is a violation: the account then ignores the key's rotation.",
    },
  },
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
    const key = encryption.keyVaultProperties ?? {};
    const vault = parseVaultUri(key.keyVaultUri);
    if ("problem" in vault)
      ctx.report(`${AT}.keyVaultUri must be the vault's URI; ${vault.problem}.`);
    const name = keyNameProblem(key.keyName);
    if (name !== undefined) ctx.report(`${AT}.keyName must name the key; ${name}.`);
    const version = key.keyVersion;
    if (
      ctx.config.requireVersionlessKey &&
      version !== undefined &&
      version !== null &&
      version !== ""
    ) {
      ctx.report(
        `${AT}.keyVersion pins version '${String(version)}'; leave it out so the account follows the key's rotation.`,
      );
    }
  },
  stack: {
    subject: T.storageAccount,
    validate: (resources, ctx) =>
      reportKeysInUnprotectedVaults(
        resources,
        T.storageAccount,
        `${AT}.keyVaultUri`,
        (props) => {
          const encryption = props.encryption;
          if (encryption?.keySource !== "Microsoft.Keyvault") return undefined;
          const vault = parseVaultUri(encryption.keyVaultProperties?.keyVaultUri);
          return "value" in vault ? vault.value : undefined;
        },
        ctx.report,
      ),
  },
});
