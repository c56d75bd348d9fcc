/** Inputs that pass every Cosmos DB rule, as azure-native v3 sends them. */
export const compliantAccount = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "cosmos-ai-prod",
  kind: "GlobalDocumentDB",
  databaseAccountOfferType: "Standard",
  locations: [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true }],
  disableLocalAuth: true,
  disableKeyBasedMetadataWriteAccess: true,
  publicNetworkAccess: "Disabled",
  minimalTlsVersion: "Tls12",
  backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } },
  keyVaultKeyUri: "https://kv-ai.vault.azure.net/keys/cmk-cosmos",
  defaultIdentity: "UserAssignedIdentity=/subscriptions/s/id-cosmos",
  identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/id-cosmos"] },
});

/** The compliant account with some inputs replaced (`undefined` removes one). */
export const accountWith = (changes: Record<string, unknown>): Record<string, any> => {
  const account = { ...compliantAccount(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete account[key];
  return account;
};
