import { resourceRule, T } from "../../lib";
import { is, rulesOf, valuesOf } from "./lib/securityRules";

export const nsgNoAnyInboundSource = resourceRule({
  name: "nsg-no-any-inbound-source",
  description: "Inbound allow rules name their sources instead of allowing any source ('*').",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["psrule:Azure.NSG.AnyInboundSource", "mcsb:NS-1"],
  remediationSteps:
    "Replace sourceAddressPrefix '*' in inbound Allow rules with the ranges, service tags (e.g. VirtualNetwork, AzureLoadBalancer) or application security groups that need access.",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules",
  types: [T.networkSecurityGroup, T.securityRule],
  validate: (props: Record<string, any>, ctx) => {
    for (const { rule, where } of rulesOf(ctx.type, props)) {
      if (!is(rule, "Allow", "Inbound")) continue;
      if (valuesOf(rule, "sourceAddressPrefix", "sourceAddressPrefixes").includes("*")) {
        ctx.report(`${where} allows inbound traffic from any source ('*'); name the sources.`);
      }
    }
  },
});
