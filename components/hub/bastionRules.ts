import type { NsgRule } from "./operatorSubnet";

/**
 * The NSG rules Azure Bastion requires on AzureBastionSubnet ("Working with NSG access and Azure
 * Bastion"): HTTPS in from the Internet (operators' browsers and native clients), from the
 * GatewayManager control plane and from the Azure load balancer's probes; Bastion's own data
 * plane (8080, 5701) inside the network; out to the VMs on SSH and RDP, to AzureCloud on 443
 * (diagnostics, metering) and to the Internet on 80 (session and certificate validation).
 * Azure rejects a Bastion whose NSG misses any of them.
 */
export function bastionSecurityRules(): NsgRule[] {
  const tcp = { protocol: "Tcp", sourcePortRange: "*" };
  return [
    {
      ...tcp,
      name: "allow-https-inbound",
      direction: "Inbound",
      access: "Allow",
      priority: 120,
      sourceAddressPrefix: "Internet",
      destinationAddressPrefix: "*",
      destinationPortRange: "443",
    },
    {
      ...tcp,
      name: "allow-gateway-manager-inbound",
      direction: "Inbound",
      access: "Allow",
      priority: 130,
      sourceAddressPrefix: "GatewayManager",
      destinationAddressPrefix: "*",
      destinationPortRange: "443",
    },
    {
      ...tcp,
      name: "allow-load-balancer-inbound",
      direction: "Inbound",
      access: "Allow",
      priority: 140,
      sourceAddressPrefix: "AzureLoadBalancer",
      destinationAddressPrefix: "*",
      destinationPortRange: "443",
    },
    {
      name: "allow-bastion-host-communication",
      direction: "Inbound",
      access: "Allow",
      priority: 150,
      protocol: "*",
      sourcePortRange: "*",
      sourceAddressPrefix: "VirtualNetwork",
      destinationAddressPrefix: "VirtualNetwork",
      destinationPortRanges: ["8080", "5701"],
    },
    {
      name: "allow-ssh-rdp-outbound",
      direction: "Outbound",
      access: "Allow",
      priority: 100,
      protocol: "*",
      sourcePortRange: "*",
      sourceAddressPrefix: "*",
      destinationAddressPrefix: "VirtualNetwork",
      destinationPortRanges: ["22", "3389"],
    },
    {
      ...tcp,
      name: "allow-azure-cloud-outbound",
      direction: "Outbound",
      access: "Allow",
      priority: 110,
      sourceAddressPrefix: "*",
      destinationAddressPrefix: "AzureCloud",
      destinationPortRange: "443",
    },
    {
      name: "allow-bastion-communication",
      direction: "Outbound",
      access: "Allow",
      priority: 120,
      protocol: "*",
      sourcePortRange: "*",
      sourceAddressPrefix: "VirtualNetwork",
      destinationAddressPrefix: "VirtualNetwork",
      destinationPortRanges: ["8080", "5701"],
    },
    {
      name: "allow-session-information-outbound",
      direction: "Outbound",
      access: "Allow",
      priority: 130,
      protocol: "*",
      sourcePortRange: "*",
      sourceAddressPrefix: "*",
      destinationAddressPrefix: "Internet",
      destinationPortRange: "80",
    },
  ];
}
