import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";
import { coversPort, protocolOf, RuleRef, stackRulesOf, valuesOf } from "./lib/securityRules";

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

/** Whether outbound SSH or RDP to the VNet is denied, or unknown at preview. */
function lateralBlocked(rules: readonly RuleRef[]): boolean | typeof UNRESOLVED {
  return peek(() => {
    const outbound = rules
      .filter((r) => String(r.rule.direction).toLowerCase() === "outbound")
      .sort((a, b) => Number(a.rule.priority) - Number(b.rule.priority));
    return outboundAccess(outbound, 22) === "deny" || outboundAccess(outbound, 3389) === "deny";
  });
}

/**
 * Whether the NSG guards an AzureBastionSubnet: Bastion's whole job is SSH and RDP into the
 * network, and Azure refuses a Bastion whose NSG does not allow them out.
 */
function guardsBastion(nsg: PolicyResource, subnets: readonly PolicyResource[]): boolean {
  return subnets.some((subnet) => {
    const name = peek(() => subnet.props.subnetName as unknown);
    return (
      typeof name === "string" &&
      name.toLowerCase() === "azurebastionsubnet" &&
      refersTo(subnet, nsg, "networkSecurityGroup")
    );
  });
}

export const nsgDenyOutboundRemoteAccess = stackRule({
  name: "nsg-deny-outbound-remote-access",
  description:
    "Network security groups deny outbound SSH or RDP to the virtual network, so a compromised host cannot move laterally.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["psrule:Azure.NSG.LateralTraversal", "mcsb:NS-1"],
  remediationSteps:
    "Add an outbound Deny rule for TCP ports 22 and 3389 to destination 'VirtualNetwork' (allow them only from a management subnet's NSG; the NSG of an AzureBastionSubnet is exempt).",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules",
  types: [T.networkSecurityGroup, T.securityRule, T.subnet],
  subject: T.networkSecurityGroup,
  validate: (resources, ctx) => {
    const standalone = ofType(resources, [T.securityRule]);
    const subnets = ofType(resources, [T.subnet]);
    for (const nsg of ofType(resources, [T.networkSecurityGroup])) {
      if (guardsBastion(nsg, subnets)) continue;
      const rules = stackRulesOf(nsg, standalone);
      // Unknown at preview: this NSG cannot be judged yet, the others still can.
      if (rules === undefined || lateralBlocked(rules) !== false) continue;
      ctx.report(
        `The network security group '${nsg.name}' has no outbound rule denying SSH (22) or RDP (3389) to 'VirtualNetwork'; add an outbound Deny rule for them.`,
        nsg,
      );
    }
  },
});
