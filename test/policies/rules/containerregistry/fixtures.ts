/** A registry that passes every container registry rule, as azure-native v3 sends its inputs. */
export const compliantRegistry = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  registryName: "acraiprod",
  sku: { name: "Premium" },
  adminUserEnabled: false,
  anonymousPullEnabled: false,
  publicNetworkAccess: "Disabled",
  networkRuleBypassOptions: "AzureServices",
  networkRuleSet: { defaultAction: "Deny" },
  zoneRedundancy: "Enabled",
  encryption: {
    status: "enabled",
    keyVaultProperties: {
      keyIdentifier: "https://kv-ai.vault.azure.net/keys/acr",
      identity: "00000000-0000-0000-0000-000000000001",
    },
  },
  policies: {
    exportPolicy: { status: "disabled" },
    retentionPolicy: { status: "enabled", days: 7 },
    quarantinePolicy: { status: "disabled" },
  },
});
