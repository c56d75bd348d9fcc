/** Network resources that pass every network rule, as azure-native v3 sends their inputs. */

/** An inbound rule that lets HTTPS in from the virtual network only. */
export const httpsFromVnet = (): Record<string, any> => ({
  name: "allow-https-vnet",
  priority: 200,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourceAddressPrefix: "VirtualNetwork",
  sourcePortRange: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "443",
});

/** The outbound rule that stops lateral SSH and RDP. */
export const denyOutboundRemoteAccess = (): Record<string, any> => ({
  name: "deny-remote-access-out",
  priority: 4000,
  direction: "Outbound",
  access: "Deny",
  protocol: "Tcp",
  sourceAddressPrefix: "*",
  sourcePortRange: "*",
  destinationAddressPrefix: "VirtualNetwork",
  destinationPortRanges: ["22", "3389"],
});

/** An NSG with both rules above. */
export const nsg = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  networkSecurityGroupName: "nsg-ai-workload",
  securityRules: [httpsFromVnet(), denyOutboundRemoteAccess()],
});

/** An NSG whose only rule is `rule`. */
export const nsgWith = (rule: Record<string, any>): Record<string, any> => ({
  ...nsg(),
  securityRules: [rule],
});

/** A standalone security rule resource with the fields of `rule`. */
export const securityRule = (rule: Record<string, any>): Record<string, any> => {
  const { name, ...fields } = rule;
  return {
    resourceGroupName: "rg-ai",
    networkSecurityGroupName: "nsg-ai-workload",
    securityRuleName: name,
    ...fields,
  };
};

/** A private subnet with an NSG, as a standalone Subnet resource. */
export const subnet = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  virtualNetworkName: "vnet-ai",
  subnetName: "snet-workload",
  addressPrefix: "10.42.1.0/24",
  networkSecurityGroup: {
    id: "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Network/networkSecurityGroups/nsg-ai-workload",
  },
  defaultOutboundAccess: false,
});

/** A VNet with one inline private subnet and Azure-provided DNS. */
export const vnet = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  virtualNetworkName: "vnet-ai",
  addressSpace: { addressPrefixes: ["10.42.0.0/16"] },
  subnets: [
    {
      name: "snet-workload",
      addressPrefix: "10.42.1.0/24",
      networkSecurityGroup: { id: subnet().networkSecurityGroup.id },
      defaultOutboundAccess: false,
    },
  ],
});

/** A zone-redundant Standard public IP. */
export const publicIp = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  publicIpAddressName: "pip-ai-gateway",
  sku: { name: "Standard", tier: "Regional" },
  publicIPAllocationMethod: "Static",
  zones: ["1", "2", "3"],
});
