import * as network from "@pulumi/azure-native/network";

/**
 * Service tags the landing zone's workloads reach over HTTPS through the firewall: Entra ID
 * (tokens), Azure Resource Manager, Azure Monitor (Container insights, diagnostics, the AML
 * agent's metrics), the container registries (ACR's data endpoints, Microsoft Container
 * Registry and its Front Door data path), Azure Machine Learning and the Batch node management
 * service its compute talks to, Storage and Key Vault (the workspace's dependencies), from
 * "Configure inbound and outbound network traffic" (Azure ML) and "Outbound network and FQDN
 * rules for AKS clusters".
 */
export const egressServiceTags = [
  "AzureActiveDirectory",
  "AzureResourceManager",
  "AzureMonitor",
  "AzureContainerRegistry",
  "MicrosoftContainerRegistry",
  "AzureFrontDoor.FirstParty",
  "AzureMachineLearning",
  "BatchNodeManagement",
  "Storage",
  "AzureKeyVault",
] as const;

/** FQDNs outside the tags above: MCR's data path, Ubuntu and Microsoft package feeds for nodes. */
export const egressFqdns = [
  "mcr.microsoft.com",
  "*.data.mcr.microsoft.com",
  "packages.microsoft.com",
  "acs-mirror.azureedge.net",
] as const;

/**
 * The rule collections of the egress policy: network rules for the service tags (and NTP, which
 * AKS nodes need and which an FQDN network rule resolves through the firewall's DNS proxy), and
 * application rules for the AKS FQDN tag and the FQDNs above. Everything else is denied by the
 * firewall's implicit deny. Only `sourceAddresses` (the spokes) may send through these rules.
 */
export function egressRuleCollections(
  sourceAddresses: string[],
  extraFqdns: readonly string[],
): network.FirewallPolicyRuleCollectionGroupArgs["ruleCollections"] {
  return [
    {
      ruleCollectionType: "FirewallPolicyFilterRuleCollection",
      name: "allow-azure-services",
      priority: 200,
      action: { type: "Allow" },
      rules: [
        {
          ruleType: "NetworkRule",
          name: "azure-services-https",
          ipProtocols: ["TCP"],
          sourceAddresses,
          destinationAddresses: [...egressServiceTags],
          destinationPorts: ["443"],
        },
        {
          ruleType: "NetworkRule",
          name: "azure-ml-compute",
          ipProtocols: ["TCP"],
          sourceAddresses,
          destinationAddresses: ["AzureMachineLearning"],
          destinationPorts: ["8787", "18881"],
        },
        {
          ruleType: "NetworkRule",
          name: "azure-ml-compute-udp",
          ipProtocols: ["UDP"],
          sourceAddresses,
          destinationAddresses: ["AzureMachineLearning"],
          destinationPorts: ["5831"],
        },
        {
          ruleType: "NetworkRule",
          name: "ntp",
          ipProtocols: ["UDP"],
          sourceAddresses,
          destinationFqdns: ["ntp.ubuntu.com"],
          destinationPorts: ["123"],
        },
      ],
    },
    {
      ruleCollectionType: "FirewallPolicyFilterRuleCollection",
      name: "allow-aks-and-registries",
      priority: 300,
      action: { type: "Allow" },
      rules: [
        {
          ruleType: "ApplicationRule",
          name: "aks-fqdn-tag",
          sourceAddresses,
          protocols: [
            { protocolType: "Https", port: 443 },
            { protocolType: "Http", port: 80 },
          ],
          fqdnTags: ["AzureKubernetesService"],
        },
        {
          ruleType: "ApplicationRule",
          name: "registries-and-packages",
          sourceAddresses,
          protocols: [{ protocolType: "Https", port: 443 }],
          targetFqdns: [...egressFqdns, ...extraFqdns],
        },
      ],
    },
  ];
}
