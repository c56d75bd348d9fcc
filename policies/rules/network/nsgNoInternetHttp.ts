import { resourceRule, T } from "../../lib";
import { coversPort, internetSources, is, protocolOf, rulesOf } from "./lib/securityRules";

const HTTP = 80;

export const nsgNoInternetHttp = resourceRule({
  name: "nsg-no-internet-http",
  description: "Network security rules do not open plain HTTP (port 80) to the Internet.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["checkov:CKV_AZURE_160"],
  remediationSteps:
    "Remove inbound Allow rules for port 80 from the Internet; publish HTTPS through Application Gateway or Front Door, or restrict sourceAddressPrefix(es) to known ranges.",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules",
  types: [T.networkSecurityGroup, T.securityRule],
  validate: (props: Record<string, any>, ctx) => {
    for (const { rule, where } of rulesOf(ctx.type, props)) {
      if (!is(rule, "Allow", "Inbound") || !["tcp", "*"].includes(protocolOf(rule))) continue;
      const sources = internetSources(rule);
      if (sources.length > 0 && coversPort(rule, HTTP)) {
        ctx.report(
          `${where} allows inbound HTTP (port ${HTTP}) from '${sources[0]}'; serve HTTPS through a gateway or restrict the source.`,
        );
      }
    }
  },
});
