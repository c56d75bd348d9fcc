import type { VirtualNetworkArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";

export const vnetDnsServersRedundant = resourceRule({
  name: "vnet-dns-servers-redundant",
  description: "Virtual networks with custom DNS servers list at least two of them.",
  severity: "low",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["checkov:CKV_AZURE_182", "psrule:Azure.VNET.SingleDNS"],
  remediationSteps:
    "List a second DNS server in dhcpOptions.dnsServers, or remove dhcpOptions to use Azure-provided DNS.",
  url: "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances",
  types: [T.virtualNetwork],
  validate: (props: Props<VirtualNetworkArgs>, ctx) => {
    if (!("dhcpOptions" in props)) return;
    const servers = props.dhcpOptions?.dnsServers ?? [];
    if (servers.length === 1) {
      ctx.report(
        `dhcpOptions.dnsServers lists one server ('${String(servers[0])}'); add a second one.`,
      );
    }
  },
});
