import { has, resourceRule, T } from "../../lib";
import { delegatedTo, named, subnetsOf } from "./lib/subnets";

/** Subnets Azure manages itself, which take no NSG (or need none). */
const PLATFORM_SUBNETS = [
  "GatewaySubnet",
  "AzureFirewallSubnet",
  "AzureFirewallManagementSubnet",
  "RouteServerSubnet",
];
const HSM = ["Microsoft.HardwareSecurityModules/dedicatedHSMs"];

export const subnetNsgAttached = resourceRule({
  name: "subnet-nsg-attached",
  description: "Every subnet has a network security group, except the ones Azure manages itself.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV2_AZURE_31", "psrule:Azure.VNET.UseNSGs", "mcsb:NS-1"],
  remediationSteps:
    "Set networkSecurityGroup: { id: <NSG id> } on the subnet (GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet and RouteServerSubnet are exempt).",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
  types: [T.virtualNetwork, T.subnet],
  validate: (props: Record<string, any>, ctx) => {
    for (const ref of subnetsOf(ctx.type, props)) {
      if (named(ref, PLATFORM_SUBNETS) || delegatedTo(ref, HSM)) continue;
      // Presence decides: the NSG's id is usually an output, unknown at preview.
      if (has(ref.subnet.networkSecurityGroup, "id")) continue;
      ctx.report(`${ref.where} has no networkSecurityGroup; attach a network security group.`);
    }
  },
});
