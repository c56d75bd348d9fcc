import { ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { is, RuleRef, stackRulesOf, valuesOf } from "./lib/securityRules";

/** The NSG's first inbound rule by priority, `undefined` without one, or unknown at preview. */
function firstInbound(rules: readonly RuleRef[]): RuleRef | undefined | typeof UNRESOLVED {
  const ranked = peek(() =>
    rules
      .filter((r) => String(r.rule.direction).toLowerCase() === "inbound")
      .map((r) => ({ ref: r, priority: Number(r.rule.priority) })),
  );
  if (ranked === UNRESOLVED) return UNRESOLVED;
  // The rule with the lowest priority number is evaluated first.
  return ranked.sort((a, b) => a.priority - b.priority)[0]?.ref;
}

export const nsgNoDenyAllInbound = stackRule({
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
  types: [T.networkSecurityGroup, T.securityRule],
  subject: T.networkSecurityGroup,
  validate: (resources, ctx) => {
    const standalone = ofType(resources, [T.securityRule]);
    for (const nsg of ofType(resources, [T.networkSecurityGroup])) {
      const rules = stackRulesOf(nsg, standalone);
      if (rules === undefined) continue;
      const first = firstInbound(rules);
      if (first === undefined || first === UNRESOLVED) continue;
      const denies = peek(
        () =>
          is(first.rule, "Deny", "Inbound") &&
          valuesOf(first.rule, "sourceAddressPrefix", "sourceAddressPrefixes").includes("*"),
      );
      if (denies === true) {
        ctx.report(
          `${first.where} of '${nsg.name}' is the first inbound rule and denies traffic from '*', which also blocks load balancer probes and platform traffic; let required traffic through first.`,
          nsg,
        );
      }
    }
  },
});
