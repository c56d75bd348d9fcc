import { resourceRule, T } from "../../lib";
import { internetSources, is, protocolOf, rulesOf } from "./lib/securityRules";

export const nsgNoInternetUdp = resourceRule({
  name: "nsg-no-internet-udp",
  description: "Network security rules do not open UDP services to the Internet.",
  severity: "medium",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["checkov:CKV_AZURE_77"],
  remediationSteps:
    "Remove inbound Allow rules with protocol 'Udp' from the Internet, or restrict their sourceAddressPrefix(es) to known ranges.",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules",
  types: [T.networkSecurityGroup, T.securityRule],
  validate: (props: Record<string, any>, ctx) => {
    for (const { rule, where } of rulesOf(ctx.type, props)) {
      if (!is(rule, "Allow", "Inbound") || protocolOf(rule) !== "udp") continue;
      const sources = internetSources(rule);
      if (sources.length > 0) {
        ctx.report(
          `${where} allows inbound UDP from '${sources[0]}'; restrict the source to known ranges.`,
        );
      }
    }
  },
});
