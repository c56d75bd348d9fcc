import { resourceRule, shown, T } from "../../lib";

export const firewallPolicyIdpsDeny = resourceRule({
  name: "firewall-policy-idps-deny",
  description:
    "Azure Firewall policies are Premium with intrusion detection and prevention (IDPS) in Deny mode.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV_AZURE_220", "mcsb:NS-2"],
  remediationSteps:
    'Set sku: { tier: "Premium" } and intrusionDetection: { mode: "Deny" } on the firewall policy (the firewall must be Premium too).',
  url: "https://learn.microsoft.com/azure/firewall/premium-features#idps",
  types: [T.firewallPolicy],
  validate: (props: Record<string, any>, ctx) => {
    const tier = props.sku?.tier;
    if (tier !== "Premium") {
      ctx.report(
        `sku.tier is ${tier === undefined ? "not set (Standard)" : shown(tier)}; IDPS needs "Premium".`,
      );
      return;
    }
    const mode = props.intrusionDetection?.mode;
    if (mode !== "Deny") {
      ctx.report(
        `intrusionDetection.mode is ${mode === undefined ? "not set (Off)" : shown(mode)}; set it to "Deny".`,
      );
    }
  },
});
