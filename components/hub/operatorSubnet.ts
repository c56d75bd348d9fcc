import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import {
  Cidr,
  cidrProblem,
  defaultName,
  InputValidator,
  knownResourceId,
  parseCidr,
  parseResourceId,
  resourceIdProblem,
  Tags,
} from "../common";

/** Where an operator-access component puts its subnet: a VNet, a CIDR block, a route table. */
export interface OperatorSubnetArgs {
  /** Required. The `Microsoft.Network/virtualNetworks` ID the subnet is added to (the spoke). */
  virtualNetworkResourceId: pulumi.Input<string>;
  /** Required. The subnet's CIDR block, inside the VNet's address space. */
  subnetPrefix: string;
}

/** Checks the VNet ID and the subnet's CIDR block, which must be `/maxPrefixLength` or larger. */
export function validateOperatorSubnet(
  v: InputValidator,
  args: OperatorSubnetArgs,
  maxPrefixLength: number,
  why: string,
): Cidr | undefined {
  v.report(
    "virtualNetworkResourceId",
    resourceIdProblem(args.virtualNetworkResourceId, "Microsoft.Network/virtualNetworks"),
  );
  const problem = cidrProblem(args.subnetPrefix ?? "");
  v.report("subnetPrefix", problem);
  const cidr = problem ? undefined : parseCidr(args.subnetPrefix);
  if (cidr) {
    v.check(
      cidr.prefixLength <= maxPrefixLength,
      "subnetPrefix",
      `${cidr.text} is too small: ${why} needs a /${maxPrefixLength} or larger`,
    );
  }
  return cidr;
}

/** One NSG rule, inline in the NSG so the subnet is never attached before its rules exist. */
export type NsgRule = network.NetworkSecurityGroupArgs["securityRules"] extends
  pulumi.Input<(infer R)[] | undefined> | undefined
  ? R
  : never;

/**
 * A subnet of the zone's VNet with its own NSG (rules inline) and, unless it is Bastion's, the
 * zone's route table. Returns the subnet's ID, composed from known names.
 */
export function createOperatorSubnet(
  name: string,
  role: string,
  subnetName: string,
  args: {
    resourceGroupName: pulumi.Input<string>;
    location?: pulumi.Input<string>;
    virtualNetworkResourceId: pulumi.Input<string>;
    subnetPrefix: string;
    routeTableResourceId?: pulumi.Input<string>;
    securityRules: NsgRule[];
    tags: Tags;
    subscriptionId: pulumi.Input<string>;
  },
  parent: pulumi.Resource,
): pulumi.Output<string> {
  const parsed = pulumi.output(args.virtualNetworkResourceId).apply((id) => parseResourceId(id));
  const vnetName = parsed.apply((p) => p?.name ?? "");
  const vnetGroup = parsed.apply((p) => p?.resourceGroupName ?? "");
  const nsgName = defaultName("networkSecurityGroup", `${name}-${role}`);
  const nsg = new network.NetworkSecurityGroup(
    `${name}-nsg`,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      networkSecurityGroupName: nsgName,
      securityRules: args.securityRules,
      tags: args.tags,
    },
    { parent },
  );
  const subnet = new network.Subnet(
    `${name}-snet`,
    {
      resourceGroupName: vnetGroup,
      virtualNetworkName: vnetName,
      subnetName,
      addressPrefix: args.subnetPrefix,
      networkSecurityGroup: {
        id: knownResourceId(
          nsg,
          args.subscriptionId,
          args.resourceGroupName,
          "Microsoft.Network/networkSecurityGroups",
          nsgName,
        ),
      },
      defaultOutboundAccess: false,
      routeTable:
        args.routeTableResourceId === undefined ? undefined : { id: args.routeTableResourceId },
    },
    { parent },
  );
  return knownResourceId(
    subnet,
    args.subscriptionId,
    vnetGroup,
    "Microsoft.Network/virtualNetworks/subnets",
    vnetName,
    subnetName,
  );
}

/**
 * The rules of a subnet that only Bastion may reach: SSH from Bastion's subnet, then SSH and
 * RDP from the rest of the network denied (Azure's default AllowVnetInBound would let it in;
 * its DenyAllInBound already stops the Internet), and outbound SSH and RDP to the network
 * denied (lateral movement).
 */
export function bastionOnlyRules(bastionSubnetPrefix: string | undefined): NsgRule[] {
  const rules: NsgRule[] = [];
  if (bastionSubnetPrefix !== undefined) {
    rules.push({
      name: "allow-ssh-from-bastion",
      description: "Operators reach the host through Azure Bastion only.",
      direction: "Inbound",
      access: "Allow",
      priority: 100,
      protocol: "Tcp",
      sourceAddressPrefix: bastionSubnetPrefix,
      sourcePortRange: "*",
      destinationAddressPrefix: "*",
      destinationPortRange: "22",
    });
  }
  rules.push(
    {
      name: "deny-ssh-rdp-in",
      // The Internet is already denied by Azure's DenyAllInBound; the network is not.
      description: "No SSH or RDP from the rest of the network, Bastion aside.",
      direction: "Inbound",
      access: "Deny",
      priority: 4000,
      protocol: "Tcp",
      sourceAddressPrefix: "VirtualNetwork",
      sourcePortRange: "*",
      destinationAddressPrefix: "*",
      destinationPortRanges: ["22", "3389"],
    },
    {
      name: "deny-ssh-rdp-to-vnet",
      description: "No SSH or RDP sessions from this subnet into the network (lateral movement).",
      direction: "Outbound",
      access: "Deny",
      priority: 4000,
      protocol: "Tcp",
      sourceAddressPrefix: "*",
      sourcePortRange: "*",
      destinationAddressPrefix: "VirtualNetwork",
      destinationPortRanges: ["22", "3389"],
    },
  );
  return rules;
}
