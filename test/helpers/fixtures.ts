import { FAKE_SUBSCRIPTION_ID, resourceGroupId } from "../../cli/simulator/constants";

/** ARM IDs of things a caller brings, in the simulated subscription. */
export const sub = FAKE_SUBSCRIPTION_ID;
export const rg = "rg-ailz";
export const group = resourceGroupId(sub, rg);
export const hub = resourceGroupId(sub, "rg-hub");

export const ids = {
  workspace: `${group}/providers/Microsoft.OperationalInsights/workspaces/log-ailz`,
  subnet: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-ailz/subnets/snet-pe`,
  vault: `${group}/providers/Microsoft.KeyVault/vaults/kv-ailz`,
  identity: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-cmk`,
  hubVnet: `${hub}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`,
};

/** Zone ID of a private DNS zone in the hub. */
export function hubZone(zone: string): string {
  return `${hub}/providers/Microsoft.Network/privateDnsZones/${zone}`;
}

/** Private endpoint arguments with zones brought from the hub. */
export function privateEndpointWithZones(...zones: string[]) {
  return {
    subnetResourceId: ids.subnet,
    privateDnsZoneResourceIds: Object.fromEntries(zones.map((z) => [z, hubZone(z)])),
  };
}

export const diagnostics = [{ workspaceResourceId: ids.workspace }];
