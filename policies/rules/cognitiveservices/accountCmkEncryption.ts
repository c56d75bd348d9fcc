import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import {
  keyVaultPurgeProtectionCheck,
  Props,
  reportVaultUriKey,
  resourceRule,
  T,
  vaultOfUri,
  versionlessKeyParam,
} from "../../lib";

const AT = "properties.encryption.keyVaultProperties";

export const aiAccountCmkEncryption = resourceRule({
  name: "ai-account-cmk-encryption",
  description:
    "Azure AI services and OpenAI accounts encrypt stored data (fine-tuning files, batches) with a customer-managed key, named by a well-formed vault URI and key name, in a purge-protected vault.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV2_AZURE_22",
    "azpol:Azure AI Services resources should encrypt data at rest with a customer-managed key (CMK)",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set properties.encryption to { keySource: 'Microsoft.KeyVault', keyVaultProperties: { keyVaultUri: 'https://<vault>.vault.azure.net/', keyName, identityClientId } } (no keyVersion, so rotation is followed), give the account that identity, and turn on purge protection on the vault.",
  url: "https://learn.microsoft.com/azure/ai-services/openai/encrypt-data-at-rest",
  types: [T.aiAccount],
  config: versionlessKeyParam("key", "account"),
  validate: (props: Props<AccountArgs>, ctx) => {
    const properties = "properties" in props ? (props.properties ?? {}) : {};
    if (!("encryption" in properties)) {
      ctx.report(
        "properties.encryption.keySource must be 'Microsoft.KeyVault'; properties.encryption is not set (Microsoft-managed keys).",
      );
      return;
    }
    const encryption = properties.encryption ?? {};
    const source = encryption.keySource;
    if (source !== "Microsoft.KeyVault") {
      ctx.report(
        `properties.encryption.keySource must be 'Microsoft.KeyVault'; it is '${String(source)}'.`,
      );
      return;
    }
    if (!("keyVaultProperties" in encryption)) {
      ctx.report(`${AT} must name the key; it is not set.`);
      return;
    }
    // identityClientId is not read: a new identity's client ID is unknown at a first preview.
    reportVaultUriKey(encryption.keyVaultProperties ?? {}, AT, "account", ctx);
  },
  stack: keyVaultPurgeProtectionCheck(T.aiAccount, `${AT}.keyVaultUri`, (props) => {
    const encryption = props.properties?.encryption;
    return encryption?.keySource === "Microsoft.KeyVault"
      ? vaultOfUri(encryption.keyVaultProperties?.keyVaultUri)
      : undefined;
  }),
});
