import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

/** Subnets a hub (a VNet with a VPN or ExpressRoute GatewaySubnet) should also carry. */
const HUB_SUBNETS = ["AzureFirewallSubnet", "AzureBastionSubnet"];

/** Lower-cased subnet names of a VNet: inline ones and the stack's Subnet resources in it. */
function subnetNames(
  vnet: PolicyResource,
  subnets: readonly PolicyResource[],
): Set<string> | undefined {
  const names = new Set<string>();
  const inline = peek(() => ((vnet.props.subnets ?? []) as any[]).map((s) => s?.name as unknown));
  if (inline === UNRESOLVED) return undefined;
  for (const n of inline) if (typeof n === "string") names.add(n.toLowerCase());
  const vnetName = peek(() => vnet.props.virtualNetworkName as unknown);
  for (const subnet of subnets) {
    const parent = peek(() => subnet.props.virtualNetworkName as unknown);
    const inVnet =
      refersTo(subnet, vnet, "virtualNetworkName") ||
      (typeof parent === "string" && typeof vnetName === "string" && parent === vnetName);
    if (!inVnet) continue;
    const name = peek(() => subnet.props.subnetName as unknown);
    if (typeof name === "string") names.add(name.toLowerCase());
  }
  return names;
}

export const hubVnetRequiredSubnets = stackRule({
  name: "hub-vnet-required-subnets",
  description:
    "Virtual networks with a GatewaySubnet (hubs) also have an AzureFirewallSubnet and an AzureBastionSubnet.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["psrule:Azure.VNET.FirewallSubnet", "psrule:Azure.VNET.BastionSubnet"],
  remediationSteps:
    "Add an AzureFirewallSubnet (for Azure Firewall to filter traffic) and an AzureBastionSubnet (for out-of-band access to VMs) to the hub virtual network.",
  url: "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke",
  types: [T.virtualNetwork, T.subnet],
  subject: T.virtualNetwork,
  validate: (resources, ctx) => {
    const subnets = ofType(resources, [T.subnet]);
    for (const vnet of ofType(resources, [T.virtualNetwork])) {
      const names = subnetNames(vnet, subnets);
      if (names === undefined || !names.has("gatewaysubnet")) continue;
      for (const required of HUB_SUBNETS) {
        if (!names.has(required.toLowerCase())) {
          ctx.report(
            `The virtual network '${vnet.name}' has a GatewaySubnet but no ${required}; add it.`,
            vnet,
          );
        }
      }
    }
  },
});
