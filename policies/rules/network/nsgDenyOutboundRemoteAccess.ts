import type { NetworkSecurityGroupArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";
import { coversPort, protocolOf, RuleRef, rulesOf, valuesOf } from "./securityRules";

/** Destinations that include the virtual network's own addresses. */
const TO_VNET = ["*", "virtualnetwork"];

/** The access of the first outbound rule (by priority) that matches TCP to the VNet on `port`. */
function outboundAccess(rules: readonly RuleRef[], port: number): string {
  const match = rules.find(
    ({ rule }) =>
      ["tcp", "*"].includes(protocolOf(rule)) &&
      coversPort(rule, port) &&
      valuesOf(rule, "destinationAddressPrefix", "destinationAddressPrefixes").some((d) =>
        TO_VNET.includes(d),
      ),
  );
  // Without a matching rule the default AllowVnetOutBound rule applies.
  return match === undefined ? "allow" : String(match.rule.access).toLowerCase();
}

export const nsgDenyOutboundRemoteAccess = resourceRule({
  name: "nsg-deny-outbound-remote-access",
  description:
    "Network security groups deny outbound SSH or RDP to the virtual network, so a compromised host cannot move laterally.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["psrule:Azure.NSG.LateralTraversal", "mcsb:NS-1"],
  remediationSteps:
    "Add an outbound Deny rule for TCP ports 22 and 3389 to destination 'VirtualNetwork' (allow them only from a management subnet's NSG).",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules",
  types: [T.networkSecurityGroup],
  validate: (props: Props<NetworkSecurityGroupArgs>, ctx) => {
    const outbound = rulesOf(ctx.type, props as Record<string, any>)
      .filter((r) => String(r.rule.direction).toLowerCase() === "outbound")
      .sort((a, b) => Number(a.rule.priority) - Number(b.rule.priority));
    if (outboundAccess(outbound, 22) === "deny" || outboundAccess(outbound, 3389) === "deny") {
      return;
    }
    ctx.report(
      "No outbound rule denies SSH (22) or RDP (3389) to 'VirtualNetwork'; add an outbound Deny rule for them.",
    );
  },
});
