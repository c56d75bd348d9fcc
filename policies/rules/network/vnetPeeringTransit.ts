import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";
import { stackHasEgressFirewall } from "./lib/egressFirewall";

/** The subnets that make a VNet a hub: a VPN or ExpressRoute gateway, or a Route Server. */
const GATEWAY_SUBNETS = ["gatewaysubnet", "routeserversubnet"];

/** A name, or UNRESOLVED when unknown at preview. */
function nameOf(props: Record<string, any>, key: string): string | undefined | typeof UNRESOLVED {
  const value = peek(() => props[key] as unknown);
  return value === UNRESOLVED || typeof value === "string" ? value : undefined;
}

/** Both names known and equal (Azure compares names case-insensitively). */
function sameName(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether `child` (a peering or a subnet) lives in `vnet`: through its `virtualNetworkName`
 * input, by the engine's dependency graph (the VNet's name output) or by equal known names in
 * the same resource group.
 */
function inVnet(child: PolicyResource, vnet: PolicyResource): boolean {
  if (refersTo(child, vnet, "virtualNetworkName")) return true;
  const group = (r: PolicyResource) => nameOf(r.props, "resourceGroupName");
  const groupsDiffer =
    typeof group(child) === "string" &&
    typeof group(vnet) === "string" &&
    !sameName(group(child), group(vnet));
  return (
    !groupsDiffer &&
    sameName(nameOf(child.props, "virtualNetworkName"), nameOf(vnet.props, "virtualNetworkName"))
  );
}

/** The VNet's subnet names, inline and standalone; UNRESOLVED when one is unknown. */
function subnetNames(
  vnet: PolicyResource,
  resources: readonly PolicyResource[],
): string[] | typeof UNRESOLVED {
  const inline = peek(() =>
    ((vnet.props.subnets ?? []) as Record<string, any>[]).map((s) => s?.name as unknown),
  );
  if (inline === UNRESOLVED) return UNRESOLVED;
  const standalone = ofType(resources, [T.subnet])
    .filter((s) => inVnet(s, vnet))
    .map((s) => nameOf(s.props, "subnetName"));
  const all = [...inline, ...standalone];
  if (all.some((n) => n === UNRESOLVED)) return UNRESOLVED;
  return all.filter((n): n is string => typeof n === "string");
}

/** Whether the peering's own VNet is in the stack and certainly has no gateway subnet. */
function fromVnetWithoutGateway(
  peering: PolicyResource,
  resources: readonly PolicyResource[],
): boolean {
  const vnets = ofType(resources, [T.virtualNetwork]).filter((v) => inVnet(peering, v));
  if (vnets.length !== 1) return false;
  const names = subnetNames(vnets[0], resources);
  return names !== UNRESOLVED && !names.some((n) => GATEWAY_SUBNETS.includes(n.toLowerCase()));
}

export const vnetPeeringTransit = stackRule({
  name: "vnet-peering-transit",
  description:
    "VNet peerings accept forwarded traffic only in a stack whose egress goes through a firewall, and offer gateway transit only from a VNet with a gateway, so no spoke becomes an uninspected transit path.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:vnet-peering-transit", "mcsb:NS-1"],
  remediationSteps:
    "Set allowForwardedTraffic: false unless a firewall (an Azure Firewall, or a route table sending 0.0.0.0/0 to one) filters the spoke's traffic; set allowGatewayTransit: false on a peering from a VNet without a GatewaySubnet or RouteServerSubnet (only the hub offers its gateway).",
  url: "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#create-a-peering",
  types: [T.virtualNetworkPeering, T.virtualNetwork, T.subnet, T.azureFirewall, T.routeTable],
  subject: T.virtualNetworkPeering,
  validate: (resources, ctx) => {
    const filtered = stackHasEgressFirewall(resources);
    for (const peering of ofType(resources, [T.virtualNetworkPeering])) {
      if (!filtered && peek(() => peering.props.allowForwardedTraffic as unknown) === true) {
        ctx.report(
          `The peering '${peering.name}' accepts forwarded traffic but no firewall filters the stack's egress; set allowForwardedTraffic to false, or route 0.0.0.0/0 through a firewall.`,
          peering,
        );
      }
      if (
        peek(() => peering.props.allowGatewayTransit as unknown) === true &&
        fromVnetWithoutGateway(peering, resources)
      ) {
        ctx.report(
          `The peering '${peering.name}' offers gateway transit from a VNet without a gateway; set allowGatewayTransit to false (only the hub offers its gateway).`,
          peering,
        );
      }
    }
  },
});
