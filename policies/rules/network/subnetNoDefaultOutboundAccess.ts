import { resourceRule, T } from "../../lib";
import { delegatedTo, named, subnetsOf } from "./lib/subnets";

/** Subnets whose Azure service needs, or manages, its own outbound path. */
const EXEMPT = [
  "GatewaySubnet",
  "AzureFirewallSubnet",
  "AzureFirewallManagementSubnet",
  "AzureBastionSubnet",
];

export const subnetNoDefaultOutboundAccess = resourceRule({
  name: "subnet-no-default-outbound-access",
  description:
    "Subnets disable default outbound access, so hosts reach the Internet only through an explicit egress path.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["psrule:Azure.VNET.PrivateSubnet", "mcsb:NS-1"],
  remediationSteps:
    "Set defaultOutboundAccess to false on the subnet and route egress through a NAT gateway or firewall.",
  url: "https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access",
  types: [T.virtualNetwork, T.subnet],
  validate: (props: Record<string, any>, ctx) => {
    for (const ref of subnetsOf(ctx.type, props)) {
      if (named(ref, EXEMPT) || delegatedTo(ref)) continue;
      if (!("defaultOutboundAccess" in ref.subnet)) {
        ctx.report(
          `${ref.where} does not set defaultOutboundAccess, so Azure gives its hosts default outbound access; set it to false.`,
        );
      } else if (ref.subnet.defaultOutboundAccess !== false) {
        ctx.report(
          `${ref.where} sets defaultOutboundAccess to ${String(ref.subnet.defaultOutboundAccess)}; set it to false.`,
        );
      }
    }
  },
});
