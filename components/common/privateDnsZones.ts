/**
 * Private DNS zones (Azure public cloud) for the private-link groups the landing zone uses.
 * https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
export const privateDnsZonesByGroupId = {
  // Managed online endpoints share the workspace endpoint and these zones.
  amlworkspace: ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"],
  // Azure ML registries answer on the workspace zones too.
  amlregistry: ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"],
  blob: ["privatelink.blob.core.windows.net"],
  file: ["privatelink.file.core.windows.net"],
  queue: ["privatelink.queue.core.windows.net"],
  table: ["privatelink.table.core.windows.net"],
  dfs: ["privatelink.dfs.core.windows.net"],
  vault: ["privatelink.vaultcore.azure.net"],
  registry: ["privatelink.azurecr.io"],
  account: ["privatelink.openai.azure.com"],
  // An AI Foundry (AIServices) account answers on three hostnames, one zone each; its
  // private-link group is `account`, like an Azure OpenAI account's (see `armGroupIds`).
  aiServices: [
    "privatelink.cognitiveservices.azure.com",
    "privatelink.openai.azure.com",
    "privatelink.services.ai.azure.com",
  ],
  searchService: ["privatelink.search.windows.net"],
  Sql: ["privatelink.documents.azure.com"],
  Gateway: ["privatelink.azure-api.net"],
} as const;

export type PrivateLinkGroupId = keyof typeof privateDnsZonesByGroupId;

/** The ARM private-link group of each key above whose name is not the group's own. */
export const armGroupIds: Partial<Record<PrivateLinkGroupId, string>> = { aiServices: "account" };

/** The zones `LandingZoneNetwork` creates (or takes by ID): every zone the components need. */
export const landingZoneDnsZones: readonly string[] = [
  "privatelink.api.azureml.ms",
  "privatelink.notebooks.azure.net",
  "privatelink.blob.core.windows.net",
  "privatelink.file.core.windows.net",
  "privatelink.vaultcore.azure.net",
  "privatelink.azurecr.io",
  "privatelink.openai.azure.com",
];

/**
 * The zones the GenAI components need beyond `landingZoneDnsZones`: AI Foundry's other two
 * hostnames, AI Search and Cosmos DB. Pass them as `LandingZoneNetwork.additionalDnsZones`.
 */
export const genAiDnsZones: readonly string[] = [
  "privatelink.cognitiveservices.azure.com",
  "privatelink.services.ai.azure.com",
  "privatelink.search.windows.net",
  "privatelink.documents.azure.com",
];
