import { resourceRule, T } from "../../lib";
import { coversPort, internetSources, is, protocolOf, rulesOf } from "./lib/securityRules";

export const nsgNoInternetRemoteAccess = resourceRule({
  name: "nsg-no-internet-remote-access",
  description: "Network security rules do not open SSH or RDP to the Internet.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["checkov:CKV_AZURE_9", "checkov:CKV_AZURE_10", "mcsb:NS-1"],
  remediationSteps:
    "Restrict sourceAddressPrefix(es) of inbound Allow rules on ports 22 and 3389 to known ranges, or remove them and reach hosts through Azure Bastion.",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules",
  types: [T.networkSecurityGroup, T.securityRule],
  config: {
    remoteAccessPorts: {
      type: "array",
      items: { type: "integer", minimum: 1, maximum: 65535 },
      default: [22, 3389],
      description: "Remote-administration ports (SSH, RDP, and any custom ones) to keep closed.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    for (const { rule, where } of rulesOf(ctx.type, props)) {
      if (!is(rule, "Allow", "Inbound") || !["tcp", "*"].includes(protocolOf(rule))) continue;
      const sources = internetSources(rule);
      if (sources.length === 0) continue;
      for (const port of ctx.config.remoteAccessPorts) {
        if (coversPort(rule, port)) {
          ctx.report(
            `${where} allows inbound port ${port} from '${sources[0]}'; allow only known source ranges, or use Azure Bastion.`,
          );
        }
      }
    }
  },
});
