import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import type { GenAiSubnetRole, SubnetRole } from "./landingZoneNetwork";

/** The priority of the deny rule: late, so a caller's own rules (100-3999) can come first. */
export const lateralDenyPriority = 4000;
/** The training subnet's exception, just before the deny rule. */
export const trainingSshPriority = 3990;

/**
 * The outbound rules of one subnet's NSG against lateral movement: SSH and RDP to the rest of the
 * virtual network are denied (Azure's default AllowVnetOutBound would let them through). None of
 * the zone's workloads opens such sessions: AKS nodes reach their private API server on 443, and
 * private endpoints never initiate traffic. Only distributed training does, between the nodes of
 * one compute cluster (MPI jobs start their processes on the other nodes over SSH), so the
 * training subnet may still reach itself on port 22. Rules are created one after another, since
 * Azure serialises changes to one NSG.
 */
export function createLateralMovementRules(
  name: string,
  role: SubnetRole | GenAiSubnetRole,
  resourceGroupName: pulumi.Input<string>,
  networkSecurityGroupName: string,
  subnetPrefix: string,
  nsg: network.NetworkSecurityGroup,
  parent: pulumi.Resource,
): network.SecurityRule[] {
  const common = {
    resourceGroupName,
    networkSecurityGroupName,
    direction: "Outbound",
    protocol: "Tcp",
    sourcePortRange: "*",
  };
  const rules: network.SecurityRule[] = [];
  if (role === "training") {
    rules.push(
      new network.SecurityRule(
        `${name}-nsg-${role}-allow-ssh-in-subnet`,
        {
          ...common,
          securityRuleName: "allow-ssh-within-subnet",
          description: "Nodes of a training cluster start distributed (MPI) jobs over SSH.",
          access: "Allow",
          priority: trainingSshPriority,
          sourceAddressPrefix: subnetPrefix,
          destinationAddressPrefix: subnetPrefix,
          destinationPortRange: "22",
        },
        { parent, dependsOn: [nsg] },
      ),
    );
  }
  rules.push(
    new network.SecurityRule(
      `${name}-nsg-${role}-deny-remote-access`,
      {
        ...common,
        securityRuleName: "deny-ssh-rdp-to-vnet",
        description: "No SSH or RDP sessions from this subnet into the network (lateral movement).",
        access: "Deny",
        priority: lateralDenyPriority,
        sourceAddressPrefix: "*",
        destinationAddressPrefix: "VirtualNetwork",
        destinationPortRanges: ["22", "3389"],
      },
      { parent, dependsOn: [nsg, ...rules] },
    ),
  );
  return rules;
}

/**
 * What API Management needs to reach an internal-mode gateway's subnet: its control plane on
 * 3443 and the Azure load balancer's health probes on 6390.
 * https://learn.microsoft.com/azure/api-management/api-management-using-with-internal-vnet
 */
export function createApiManagementRules(
  name: string,
  resourceGroupName: pulumi.Input<string>,
  networkSecurityGroupName: string,
  nsg: network.NetworkSecurityGroup,
  parent: pulumi.Resource,
): network.SecurityRule[] {
  const inbound = (key: string, source: string, port: string, priority: number) =>
    new network.SecurityRule(
      `${name}-nsg-apiManagement-${key}`,
      {
        resourceGroupName,
        networkSecurityGroupName,
        securityRuleName: key,
        direction: "Inbound",
        access: "Allow",
        protocol: "Tcp",
        priority,
        sourceAddressPrefix: source,
        sourcePortRange: "*",
        destinationAddressPrefix: "VirtualNetwork",
        destinationPortRange: port,
      },
      { parent, dependsOn: [nsg] },
    );
  return [
    inbound("allow-apim-management", "ApiManagement", "3443", 100),
    inbound("allow-azure-load-balancer", "AzureLoadBalancer", "6390", 110),
  ];
}
