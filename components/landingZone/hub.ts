import * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs } from "../common";
import {
  EgressFirewall,
  EgressFirewallArgs,
  HubPeering,
  HubPeeringArgs,
  VirtualHubConnection,
  VirtualHubConnectionArgs,
} from "../hub";
import type { EgressArgs } from "../network";
import type { AiLandingZoneArgs } from "./args";
import type { Zone } from "./resolve";

/** The spoke's address space as the zone's arguments give it (the subnets of a brought VNet). */
export function spokeAddressPrefixes(args: AiLandingZoneArgs): string[] {
  const network = args.network ?? {};
  if (network.addressPrefixes !== undefined) return network.addressPrefixes;
  if (network.virtualNetworkResourceId === undefined) return ["10.42.0.0/16"];
  return Object.values(network.subnets ?? {}).filter((s): s is string => s !== undefined);
}

/** `hub.mode: "create"`: a hub VNet with an Azure Firewall in the zone's resource group. */
export function wantsHubFirewall(zone: Zone): boolean {
  return zone.args.hub?.mode === "create";
}

export function hubFirewallArgs(
  zone: Zone,
  deps: { diagnostics: DiagnosticSettingArgs[] },
): EgressFirewallArgs {
  const override = zone.args.hub?.mode === "create" ? (zone.args.hub.firewall ?? {}) : {};
  return {
    ...zone.common,
    diagnosticSettings: deps.diagnostics,
    ...override,
    sourceAddressPrefixes: spokeAddressPrefixes(zone.args),
    tags: zone.tagsFor(override.tags),
  };
}

export function buildHubFirewall(
  zone: Zone,
  parent: pulumi.Resource,
  deps: { diagnostics: DiagnosticSettingArgs[] },
): EgressFirewall {
  return new EgressFirewall(`${zone.name}-hub`, hubFirewallArgs(zone, deps), { parent });
}

/** The network's egress: to the created or brought hub firewall, or as the overrides say. */
export function hubEgress(
  zone: Zone,
  firewall: EgressFirewall | undefined,
): EgressArgs | undefined {
  const hub = zone.args.hub;
  if (firewall !== undefined) return { firewallPrivateIpAddress: firewall.privateIpAddress };
  if (hub?.mode === "bring") return { firewallPrivateIpAddress: hub.firewallPrivateIpAddress };
  // A secured virtual hub propagates its default route; the route table is only for AKS.
  if (hub?.mode === "virtualWan")
    return hub.firewallPrivateIpAddress === undefined
      ? undefined
      : { firewallPrivateIpAddress: hub.firewallPrivateIpAddress };
  return zone.args.network?.egress;
}

/** The peering of the spoke with the hub, when there is a hub VNet to peer with. */
export function hubPeeringArgs(
  zone: Zone,
  deps: {
    network: { virtualNetworkResourceId: pulumi.Input<string> };
    firewall: EgressFirewall | undefined;
  },
): HubPeeringArgs | undefined {
  const hub = zone.args.hub;
  const spoke = {
    spokeVirtualNetworkResourceId: deps.network.virtualNetworkResourceId,
    spokeAddressPrefixes: spokeAddressPrefixes(zone.args),
  };
  if (deps.firewall !== undefined) {
    return {
      ...spoke,
      hubVirtualNetworkResourceId: deps.firewall.virtualNetworkResourceId,
      hubAddressPrefixes: deps.firewall.addressPrefixes,
      // The hub is this stack's: both sides are created here.
      createHubSide: true,
    };
  }
  if (hub?.mode === "bring" && hub.virtualNetworkResourceId !== undefined) {
    return {
      ...spoke,
      hubVirtualNetworkResourceId: hub.virtualNetworkResourceId,
      hubAddressPrefixes: hub.addressPrefixes ?? [],
      useRemoteGateways: hub.useRemoteGateways,
    };
  }
  return undefined;
}

export function buildHubPeering(
  zone: Zone,
  parent: pulumi.Resource,
  deps: Parameters<typeof hubPeeringArgs>[1],
): HubPeering | undefined {
  const args = hubPeeringArgs(zone, deps);
  return args && new HubPeering(`${zone.name}-peering`, args, { parent });
}

/** `hub.mode: "virtualWan"`: the spoke's connection to the platform team's virtual hub. */
export function hubConnectionArgs(
  zone: Zone,
  deps: { network: { virtualNetworkResourceId: pulumi.Input<string> } },
): VirtualHubConnectionArgs | undefined {
  const hub = zone.args.hub;
  if (hub?.mode !== "virtualWan") return undefined;
  return {
    ...hub.connection,
    virtualHubResourceId: hub.virtualHubResourceId,
    spokeVirtualNetworkResourceId: deps.network.virtualNetworkResourceId,
  };
}

export function buildHubConnection(
  zone: Zone,
  parent: pulumi.Resource,
  deps: Parameters<typeof hubConnectionArgs>[1],
): VirtualHubConnection | undefined {
  const args = hubConnectionArgs(zone, deps);
  return args && new VirtualHubConnection(`${zone.name}-vhub`, args, { parent });
}
