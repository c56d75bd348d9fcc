/** Inputs that pass every Azure AI Search rule, as azure-native v3 sends them. */
export const compliantService = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  searchServiceName: "srch-ai-prod",
  sku: { name: "standard" },
  replicaCount: 3,
  partitionCount: 1,
  hostingMode: "Default",
  disableLocalAuth: true,
  publicNetworkAccess: "Disabled",
  networkRuleSet: { bypass: "None", ipRules: [] },
  encryptionWithCmk: { enforcement: "Enabled" },
  identity: { type: "SystemAssigned" },
});

/** The compliant service with some inputs replaced (`undefined` removes one). */
export const serviceWith = (changes: Record<string, unknown>): Record<string, any> => {
  const service = { ...compliantService(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete service[key];
  return service;
};
