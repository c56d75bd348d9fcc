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
} as const;

export type PrivateLinkGroupId = keyof typeof privateDnsZonesByGroupId;

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
