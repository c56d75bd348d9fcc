import { has, resourceRule, T } from "../../lib";
import { named, subnetsOf } from "./lib/subnets";

export const firewallSubnetNatGateway = resourceRule({
  name: "firewall-subnet-nat-gateway",
  description:
    "The subnet of a zonal Azure Firewall (AzureFirewallSubnet) sends outbound traffic through a NAT gateway.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.VNET.FirewallSubnetNAT"],
  remediationSteps:
    "Set natGateway: { id: <NAT gateway id> } on AzureFirewallSubnet, or set the parameter firewallsAreZonal to false when the firewall is not zonal.",
  url: "https://learn.microsoft.com/azure/firewall/integrate-with-nat-gateway",
  types: [T.virtualNetwork, T.subnet],
  config: {
    firewallsAreZonal: {
      type: "boolean",
      default: true,
      description:
        "Whether the stack's Azure Firewalls are deployed across availability zones (then SNAT ports run short without a NAT gateway).",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    if (!ctx.config.firewallsAreZonal) return;
    for (const ref of subnetsOf(ctx.type, props)) {
      if (!named(ref, ["AzureFirewallSubnet"])) continue;
      if (!has(ref.subnet.natGateway, "id")) {
        ctx.report(`${ref.where} has no natGateway; associate a NAT gateway for outbound SNAT.`);
      }
    }
  },
});
