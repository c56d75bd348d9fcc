/**
 * Checkov and PSRule for Azure rules on network security groups and rules, virtual networks and
 * subnets, public IP addresses, route tables, private endpoints and flow logs. Read from
 * bridgecrewio/checkov and Azure/PSRule.Rules.Azure (v1.48 baselines).
 */
import { T } from "../../../lib";
import type { PeerRule } from "../peerRule";

const NSG = [T.networkSecurityGroup, T.securityRule];
const VNET = [T.virtualNetwork];
const SUBNETS = [T.virtualNetwork, T.subnet];
const PIP = [T.publicIpAddress];

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_9",
    checks: "No inbound allow rule opens RDP (3389/TCP) to the Internet.",
    types: NSG,
  },
  {
    anchor: "checkov:CKV_AZURE_10",
    checks: "No inbound allow rule opens SSH (22/TCP) to the Internet.",
    types: NSG,
  },
  {
    anchor: "checkov:CKV_AZURE_12",
    checks: "Flow logs are enabled with a retention policy of at least 90 days (or 0, forever).",
    types: [T.flowLog],
  },
  {
    anchor: "checkov:CKV_AZURE_77",
    checks: "No inbound allow rule opens UDP to the Internet.",
    types: NSG,
  },
  {
    anchor: "checkov:CKV_AZURE_160",
    checks: "No inbound allow rule opens HTTP (80/TCP) to the Internet.",
    types: NSG,
  },
  {
    anchor: "checkov:CKV_AZURE_182",
    checks: "A VNet with custom DNS lists more than one DNS server.",
    types: VNET,
  },
  {
    anchor: "checkov:CKV_AZURE_183",
    checks: "A VNet's custom DNS servers lie in its own address space.",
    types: VNET,
  },
  {
    anchor: "checkov:CKV2_AZURE_31",
    checks: "Subnets have an NSG (GatewaySubnet and AzureFirewallSubnet exempt).",
    types: [T.subnet, T.networkSecurityGroup],
  },
  {
    anchor: "psrule:Azure.NSG.AKSRules",
    checks: "NSGs that AKS manages hold only the rules AKS writes.",
    types: NSG,
  },
  {
    anchor: "psrule:Azure.NSG.AnyInboundSource",
    checks: "No inbound allow rule has the source '*'.",
    types: [T.networkSecurityGroup],
  },
  {
    anchor: "psrule:Azure.NSG.Associated",
    checks: "The NSG is associated with a subnet or a network interface.",
    types: [T.networkSecurityGroup, T.subnet, T.virtualNetwork, T.networkInterface],
  },
  {
    anchor: "psrule:Azure.NSG.DenyAllInbound",
    checks: "The first inbound rule by priority is not a deny from '*'.",
    types: [T.networkSecurityGroup],
  },
  {
    anchor: "psrule:Azure.NSG.LateralTraversal",
    checks: "Outbound SSH or RDP to the virtual network is denied.",
    types: [T.networkSecurityGroup],
  },
  {
    anchor: "psrule:Azure.NSG.Name",
    checks: "The NSG name meets Azure's naming rules.",
    types: [T.networkSecurityGroup],
  },
  {
    anchor: "psrule:Azure.NSG.Naming",
    checks: "The NSG name matches the configured naming convention (CAF prefix nsg).",
    types: [T.networkSecurityGroup],
  },
  {
    anchor: "psrule:Azure.VNET.BastionSubnet",
    checks: "A VNet with a GatewaySubnet also has an AzureBastionSubnet.",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.VNET.FirewallSubnet",
    checks: "A VNet with a GatewaySubnet also has an AzureFirewallSubnet.",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.VNET.FirewallSubnetNAT",
    checks: "AzureFirewallSubnet of a zonal firewall has a NAT gateway.",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.VNET.LocalDNS",
    checks: "The primary custom DNS server lies in the VNet or a peered network.",
    types: VNET,
  },
  {
    anchor: "psrule:Azure.VNET.Name",
    checks: "The VNet name meets Azure's naming rules.",
    types: VNET,
  },
  {
    anchor: "psrule:Azure.VNET.Naming",
    checks: "The VNet name matches the configured naming convention (CAF prefix vnet).",
    types: VNET,
  },
  {
    anchor: "psrule:Azure.VNET.PeerState",
    checks: "VNet peerings are in the Connected state.",
    types: VNET,
    outOfScope:
      "The peering state is reported by Azure once both sides exist (a read-only runtime status), not a deployment input.",
  },
  {
    anchor: "psrule:Azure.VNET.PrivateSubnet",
    checks: "Subnets disable default outbound access.",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.VNET.SingleDNS",
    checks: "A VNet with custom DNS lists at least two servers.",
    types: VNET,
  },
  {
    anchor: "psrule:Azure.VNET.SubnetName",
    checks: "Subnet names meet Azure's naming rules.",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.VNET.SubnetNaming",
    checks: "Subnet names match the configured naming convention (CAF prefix snet).",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.VNET.UseNSGs",
    checks: "Subnets have an NSG, except gateway, firewall and route server subnets.",
    types: SUBNETS,
  },
  {
    anchor: "psrule:Azure.PublicIP.AvailabilityZone",
    checks: "Standard public IPs are zone-redundant (zones 1, 2, 3).",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.PublicIP.DNSLabel",
    checks: "The DNS label meets Azure's naming rules.",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.PublicIP.IsAttached",
    checks: "The public IP is attached to a resource.",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.PublicIP.MigrateStandard",
    checks: "The public IP uses the Standard SKU (Basic is retired).",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.PublicIP.Name",
    checks: "The public IP name meets Azure's naming rules.",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.PublicIP.Naming",
    checks: "The public IP name matches the configured naming convention (CAF prefix pip).",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.PublicIP.StandardSKU",
    checks: "The public IP uses the Standard SKU.",
    types: PIP,
  },
  {
    anchor: "psrule:Azure.Route.Name",
    checks: "The route table name meets Azure's naming rules.",
    types: [T.routeTable],
  },
  {
    anchor: "psrule:Azure.Route.Naming",
    checks: "The route table name matches the configured naming convention (CAF prefix rt).",
    types: [T.routeTable],
  },
  {
    anchor: "psrule:Azure.PrivateEndpoint.Name",
    checks: "The private endpoint name meets Azure's naming rules.",
    types: [T.privateEndpoint],
  },
  {
    anchor: "checkov:CKV_AZURE_119",
    checks: "Network interfaces have no public IP address.",
    types: [T.networkInterface],
  },
];
