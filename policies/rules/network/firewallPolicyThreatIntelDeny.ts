import { has, resourceRule, shown, T } from "../../lib";

export const firewallPolicyThreatIntelDeny = resourceRule({
  name: "firewall-policy-threat-intel-deny",
  description:
    "Azure Firewall policies (and firewalls without one) deny traffic to and from known-malicious addresses and domains: threat intelligence in Deny mode.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_216",
    "psrule:Azure.Firewall.Mode",
    "psrule:Azure.Firewall.PolicyMode",
    "mcsb:NS-10",
  ],
  remediationSteps:
    'Set threatIntelMode: "Deny" on the firewall policy (or on a firewall that has no policy); the default, Alert, only logs.',
  url: "https://learn.microsoft.com/azure/firewall/threat-intel",
  types: [T.firewallPolicy, T.azureFirewall],
  validate: (props: Record<string, any>, ctx) => {
    // A firewall with a policy takes threat intelligence from the policy.
    if (ctx.type === T.azureFirewall && has(props.firewallPolicy, "id")) return;
    if (props.threatIntelMode !== "Deny") {
      const actual = "threatIntelMode" in props ? shown(props.threatIntelMode) : "not set (Alert)";
      ctx.report(`threatIntelMode is ${actual}; set it to "Deny".`);
    }
  },
});
