import type { VirtualNetworkArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";
import { inCidr } from "./lib/ipv4";

export const vnetDnsServersLocal = resourceRule({
  name: "vnet-dns-servers-local",
  description:
    "A virtual network's primary custom DNS server lies in its own address space, a peered network or a listed range.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["checkov:CKV_AZURE_183", "psrule:Azure.VNET.LocalDNS"],
  remediationSteps:
    "Put the first entry of dhcpOptions.dnsServers on a resolver inside the VNet or a peered hub (e.g. Azure DNS Private Resolver), or list the hub's range in additionalLocalRanges.",
  url: "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances",
  types: [T.virtualNetwork],
  config: {
    additionalLocalRanges: {
      type: "array",
      items: { type: "string" },
      default: [] as string[],
      description:
        "CIDR ranges that count as local for DNS, such as a peered hub declared in another stack.",
    },
  },
  validate: (props: Props<VirtualNetworkArgs>, ctx) => {
    if (!("dhcpOptions" in props)) return;
    const servers = props.dhcpOptions?.dnsServers ?? [];
    if (servers.length === 0) return;
    const ranges: string[] = [
      ...(props.addressSpace?.addressPrefixes ?? []),
      ...(props.virtualNetworkPeerings ?? []).flatMap(
        (p) => p.remoteAddressSpace?.addressPrefixes ?? [],
      ),
      ...ctx.config.additionalLocalRanges,
    ];
    const primary = String(servers[0]);
    if (!ranges.some((range) => inCidr(primary, String(range)))) {
      ctx.report(
        `dhcpOptions.dnsServers[0] '${primary}' is outside the virtual network's address space and peered ranges; use a DNS server in the region.`,
      );
    }
  },
});
