import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const accountCmkEncryption = resourceRule({
  name: "ai-account-cmk-encryption",
  description:
    "Azure AI services and OpenAI accounts encrypt stored data (fine-tuning files, batches) with a customer-managed key.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV2_AZURE_22",
    "azpol:Azure AI Services resources should encrypt data at rest with a customer-managed key (CMK)",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set properties.encryption to { keySource: 'Microsoft.KeyVault', keyVaultProperties: { keyVaultUri, keyName, keyVersion, identityClientId } } and give the account an identity allowed to use the key.",
  url: "https://learn.microsoft.com/azure/ai-services/openai/encrypt-data-at-rest",
  types: [T.aiAccount],
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
    } else if (!("keyVaultProperties" in encryption)) {
      // Presence decides: the vault URI is often an output of a vault created in the same run.
      ctx.report("properties.encryption.keyVaultProperties must name the key; it is not set.");
    }
  },
});
