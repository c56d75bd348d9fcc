import type { NetworkSecurityGroupArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";
import { is, rulesOf, valuesOf } from "./securityRules";

export const nsgNoDenyAllInbound = resourceRule({
  name: "nsg-no-deny-all-inbound",
  description:
    "A network security group's first inbound rule does not deny traffic from every source.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.NSG.DenyAllInbound"],
  remediationSteps:
    "Give the rules that must pass (AzureLoadBalancer probes, VirtualNetwork, known clients) a lower priority number than a deny from '*', or deny specific sources instead.",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#default-security-rules",
  types: [T.networkSecurityGroup],
  validate: (props: Props<NetworkSecurityGroupArgs>, ctx) => {
    const inbound = rulesOf(ctx.type, props as Record<string, any>).filter(
      (r) => String(r.rule.direction).toLowerCase() === "inbound",
    );
    if (inbound.length === 0) return;
    // The rule with the lowest priority number is evaluated first.
    const first = inbound.reduce((a, b) =>
      Number(b.rule.priority) < Number(a.rule.priority) ? b : a,
    );
    const sources = valuesOf(first.rule, "sourceAddressPrefix", "sourceAddressPrefixes");
    if (is(first.rule, "Deny", "Inbound") && sources.includes("*")) {
      ctx.report(
        `${first.where} is the first inbound rule and denies traffic from '*', which also blocks load balancer probes and platform traffic; let required traffic through first.`,
      );
    }
  },
});
