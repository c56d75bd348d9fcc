/** Inputs that pass every API Management rule, as azure-native v3 sends them. */
export const compliantService = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  serviceName: "apim-ai-prod",
  publisherEmail: "platform@contoso.com",
  publisherName: "Contoso",
  sku: { name: "Premium", capacity: 1 },
  identity: { type: "SystemAssigned" },
  virtualNetworkType: "Internal",
  virtualNetworkConfiguration: { subnetResourceId: "/subscriptions/s/rg/snet-apim" },
  publicNetworkAccess: "Enabled",
  customProperties: {
    "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "False",
  },
});

/** The compliant service with some inputs replaced (`undefined` removes one). */
export const serviceWith = (changes: Record<string, unknown>): Record<string, any> => {
  const service = { ...compliantService(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete service[key];
  return service;
};

/** A backend that passes every backend rule. */
export const compliantBackend = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  serviceName: "apim-ai-prod",
  backendId: "foundry",
  type: "Single",
  protocol: "http",
  url: "https://aif-ai.openai.azure.com/openai",
});
