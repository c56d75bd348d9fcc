import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import {
  parseKeyIdentifier,
  Props,
  reportKeysInUnprotectedVaults,
  resourceRule,
  T,
} from "../../lib";

export const cosmosCmkEncryption = resourceRule({
  name: "cosmos-cmk-encryption",
  description:
    "Cosmos DB accounts encrypt data with a customer-managed key, named by a versionless key URI, in a purge-protected vault.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_100",
    "azpol:Azure Cosmos DB accounts should use customer-managed keys to encrypt data at rest",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set keyVaultKeyUri to 'https://<vault>.vault.azure.net/keys/<key>' (no version) and defaultIdentity to 'UserAssignedIdentity=<identity ID>', an identity with 'Key Vault Crypto Service Encryption User' on a purge-protected vault.",
  url: "https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    if (!("keyVaultKeyUri" in props) || props.keyVaultKeyUri === null) {
      ctx.report(
        "keyVaultKeyUri must name a Key Vault key; it is not set (Microsoft-managed keys).",
      );
      return;
    }
    const key = parseKeyIdentifier(props.keyVaultKeyUri);
    if ("problem" in key) {
      ctx.report(`keyVaultKeyUri must name a Key Vault key; ${key.problem}.`);
    } else if (key.value.version !== undefined) {
      ctx.report(
        `keyVaultKeyUri pins version '${key.value.version}'; leave it out so the account follows the key's rotation.`,
      );
    }
  },
  stack: {
    subject: T.cosmosAccount,
    validate: (resources, ctx) =>
      reportKeysInUnprotectedVaults(
        resources,
        T.cosmosAccount,
        "keyVaultKeyUri",
        (props) => {
          const key = parseKeyIdentifier(props.keyVaultKeyUri);
          return "value" in key ? key.value.vaultName : undefined;
        },
        ctx.report,
      ),
  },
});
