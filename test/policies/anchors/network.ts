import { T } from "../../../policies/lib";
import { nsg, nsgWith, publicIp, subnet, vnet } from "../rules/network/fixtures";
import type { AnchorCase } from "./anchorCase";

/** An inbound allow rule from `source` to `port` over `protocol`. */
const inbound = (port: string, source: string, protocol = "Tcp") => ({
  name: `allow-${port}`,
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol,
  sourceAddressPrefix: source,
  sourcePortRange: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: port,
});
const group = (rule: Record<string, unknown>) => ({
  type: T.networkSecurityGroup,
  props: nsgWith(rule),
});
const withSubnet = (changes: Record<string, unknown>) => ({
  type: T.subnet,
  props: { ...subnet(), ...changes },
});
const withVnet = (changes: Record<string, unknown>) => ({
  type: T.virtualNetwork,
  props: { ...vnet(), ...changes },
});
const pip = (changes: Record<string, unknown>) => ({
  type: T.publicIpAddress,
  props: { ...publicIp(), ...changes },
});
const hub = (subnets: string[]) => [
  {
    type: T.virtualNetwork,
    name: "hub",
    props: {
      ...vnet(),
      virtualNetworkName: "vnet-hub",
      subnets: subnets.map((name) => ({ name })),
    },
  },
];
const noNsg = () => {
  const props: Record<string, unknown> = { ...subnet() };
  delete props.networkSecurityGroup;
  return { type: T.subnet, props };
};

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_9",
    policy: "nsg-no-internet-remote-access",
    resource: group(inbound("3389", "*")),
  },
  {
    anchor: "checkov:CKV_AZURE_10",
    policy: "nsg-no-internet-remote-access",
    resource: group(inbound("22", "Internet")),
  },
  {
    anchor: "checkov:CKV_AZURE_160",
    policy: "nsg-no-internet-http",
    resource: group(inbound("80", "0.0.0.0")),
  },
  {
    anchor: "checkov:CKV_AZURE_77",
    policy: "nsg-no-internet-udp",
    resource: group(inbound("*", "*", "Udp")),
  },
  {
    anchor: "psrule:Azure.NSG.AnyInboundSource",
    policy: "nsg-no-any-inbound-source",
    resource: group(inbound("443", "*")),
  },
  {
    anchor: "psrule:Azure.NSG.DenyAllInbound",
    policy: "nsg-no-deny-all-inbound",
    resource: group({ ...inbound("*", "*", "*"), name: "deny-all", access: "Deny" }),
  },
  {
    anchor: "psrule:Azure.NSG.LateralTraversal",
    policy: "nsg-deny-outbound-remote-access",
    resource: group(inbound("443", "VirtualNetwork")),
  },
  {
    anchor: "psrule:Azure.NSG.AKSRules",
    policy: "nsg-aks-managed-no-custom-rules",
    resource: {
      type: T.networkSecurityGroup,
      props: {
        ...nsg(),
        networkSecurityGroupName: "aks-agentpool-12345678-nsg",
        securityRules: [inbound("22", "10.0.0.0/8")],
      },
    },
  },
  { anchor: "checkov:CKV2_AZURE_31", policy: "subnet-nsg-attached", resource: noNsg() },
  {
    anchor: "psrule:Azure.VNET.UseNSGs",
    policy: "subnet-nsg-attached",
    resource: withVnet({ subnets: [{ name: "snet-open", addressPrefix: "10.42.2.0/24" }] }),
  },
  {
    anchor: "psrule:Azure.VNET.PrivateSubnet",
    policy: "subnet-no-default-outbound-access",
    resource: withSubnet({ defaultOutboundAccess: true }),
  },
  {
    anchor: "psrule:Azure.VNET.FirewallSubnetNAT",
    policy: "firewall-subnet-nat-gateway",
    resource: withVnet({
      subnets: [{ name: "AzureFirewallSubnet", addressPrefix: "10.42.0.0/26" }],
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_182",
    policy: "vnet-dns-servers-redundant",
    resource: withVnet({ dhcpOptions: { dnsServers: ["10.42.0.4"] } }),
  },
  {
    anchor: "psrule:Azure.VNET.SingleDNS",
    policy: "vnet-dns-servers-redundant",
    resource: withVnet({ dhcpOptions: { dnsServers: ["10.42.0.4"] } }),
  },
  {
    anchor: "checkov:CKV_AZURE_183",
    policy: "vnet-dns-servers-local",
    resource: withVnet({ dhcpOptions: { dnsServers: ["8.8.8.8", "8.8.4.4"] } }),
  },
  {
    anchor: "psrule:Azure.VNET.LocalDNS",
    policy: "vnet-dns-servers-local",
    resource: withVnet({ dhcpOptions: { dnsServers: ["192.168.1.4", "10.42.0.4"] } }),
  },
  {
    anchor: "psrule:Azure.PublicIP.StandardSKU",
    policy: "public-ip-standard-sku",
    resource: pip({ sku: { name: "Basic" }, zones: [] }),
  },
  {
    anchor: "psrule:Azure.PublicIP.MigrateStandard",
    policy: "public-ip-standard-sku",
    resource: pip({ sku: { name: "Basic" }, zones: [] }),
  },
  {
    anchor: "psrule:Azure.PublicIP.AvailabilityZone",
    policy: "public-ip-zone-redundant",
    resource: pip({ zones: ["1"] }),
  },
  {
    anchor: "checkov:CKV_AZURE_12",
    policy: "flow-log-retention",
    resource: {
      type: T.flowLog,
      props: {
        resourceGroupName: "NetworkWatcherRG",
        networkWatcherName: "NetworkWatcher_swedencentral",
        targetResourceId:
          "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Network/networkSecurityGroups/nsg-ai",
        storageId:
          "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stlogs",
        enabled: true,
        retentionPolicy: { enabled: true, days: 30 },
      },
    },
  },
  {
    anchor: "psrule:Azure.NSG.Associated",
    policy: "nsg-associated",
    stack: [{ type: T.networkSecurityGroup, name: "nsg", props: nsg() }],
  },
  {
    anchor: "psrule:Azure.VNET.FirewallSubnet",
    policy: "hub-vnet-required-subnets",
    stack: hub(["GatewaySubnet", "AzureBastionSubnet"]),
  },
  {
    anchor: "psrule:Azure.VNET.BastionSubnet",
    policy: "hub-vnet-required-subnets",
    stack: hub(["GatewaySubnet", "AzureFirewallSubnet"]),
  },
  {
    anchor: "psrule:Azure.PublicIP.IsAttached",
    policy: "public-ip-attached",
    stack: [{ type: T.publicIpAddress, name: "pip", props: publicIp() }],
  },
  {
    anchor: "psrule:Azure.NSG.Name",
    policy: "resource-name-valid",
    resource: {
      type: T.networkSecurityGroup,
      props: { ...nsg(), networkSecurityGroupName: "nsg-ai." },
    },
  },
  {
    anchor: "psrule:Azure.VNET.Name",
    policy: "resource-name-valid",
    resource: withVnet({ virtualNetworkName: "-vnet-ai" }),
  },
  {
    anchor: "psrule:Azure.VNET.SubnetName",
    policy: "resource-name-valid",
    resource: withSubnet({ subnetName: "snet-ai-" }),
  },
  {
    anchor: "psrule:Azure.PublicIP.Name",
    policy: "resource-name-valid",
    resource: pip({ publicIpAddressName: "pip ai" }),
  },
  {
    anchor: "psrule:Azure.PublicIP.DNSLabel",
    policy: "resource-name-valid",
    resource: pip({ dnsSettings: { domainNameLabel: "1-ai-gateway" } }),
  },
  {
    anchor: "psrule:Azure.Route.Name",
    policy: "resource-name-valid",
    resource: {
      type: T.routeTable,
      props: { resourceGroupName: "rg-ai", routeTableName: "rt-ai-" },
    },
  },
  {
    anchor: "psrule:Azure.PrivateEndpoint.Name",
    policy: "resource-name-valid",
    resource: {
      type: T.privateEndpoint,
      props: { resourceGroupName: "rg-ai", privateEndpointName: "p" },
    },
  },
  {
    anchor: "psrule:Azure.NSG.Naming",
    policy: "resource-name-format",
    resource: {
      type: T.networkSecurityGroup,
      props: { ...nsg(), networkSecurityGroupName: "ai-workload-nsg" },
    },
  },
  {
    anchor: "psrule:Azure.VNET.Naming",
    policy: "resource-name-format",
    resource: withVnet({ virtualNetworkName: "ai-network" }),
  },
  {
    anchor: "psrule:Azure.VNET.SubnetNaming",
    policy: "resource-name-format",
    resource: withSubnet({ subnetName: "workload" }),
  },
  {
    anchor: "psrule:Azure.PublicIP.Naming",
    policy: "resource-name-format",
    resource: pip({ publicIpAddressName: "gateway-ip" }),
  },
  {
    anchor: "psrule:Azure.Route.Naming",
    policy: "resource-name-format",
    resource: {
      type: T.routeTable,
      props: { resourceGroupName: "rg-ai", routeTableName: "egress-routes" },
    },
  },
  {
    anchor: "checkov:CKV_AZURE_119",
    policy: "vm-no-public-ip",
    resource: {
      type: T.networkInterface,
      props: {
        resourceGroupName: "rg-ai",
        ipConfigurations: [
          { name: "ipconfig", subnet: { id: "snet" }, publicIPAddress: { id: "pip" } },
        ],
      },
    },
  },
];
