/** Inputs that pass every AKS rule, as azure-native v3 sends them. */

const SUBNET =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks";
const DISK_ENCRYPTION_SET =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Compute/diskEncryptionSets/des-aks";
const WORKSPACE =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-ai";

/** The system pool declared inline. */
export const systemPool = (): Record<string, any> => ({
  name: "system",
  mode: "System",
  vmSize: "Standard_D4ds_v5",
  enableAutoScaling: true,
  count: 3,
  minCount: 3,
  maxCount: 5,
  availabilityZones: ["1", "2", "3"],
  enableEncryptionAtHost: true,
  enableNodePublicIP: false,
  nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"],
  osDiskType: "Ephemeral",
  maxPods: 110,
  vnetSubnetID: SUBNET,
});

/** An inference pool declared inline. */
export const userPool = (): Record<string, any> => ({
  name: "inference",
  mode: "User",
  vmSize: "Standard_D8ds_v5",
  enableAutoScaling: true,
  minCount: 3,
  maxCount: 10,
  availabilityZones: ["1", "2", "3"],
  enableEncryptionAtHost: true,
  nodeLabels: { workload: "inference" },
  osDiskType: "Ephemeral",
  maxPods: 50,
  vnetSubnetID: SUBNET,
});

export const compliantCluster = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  resourceName: "aks-ai",
  dnsPrefix: "aks-ai",
  kubernetesVersion: "1.33",
  sku: { name: "Base", tier: "Standard" },
  identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/rg/id-aks"] },
  enableRBAC: true,
  disableLocalAccounts: true,
  aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: ["g-1"] },
  apiServerAccessProfile: { enablePrivateCluster: true, disableRunCommand: true },
  networkProfile: {
    networkPlugin: "azure",
    networkPluginMode: "overlay",
    networkPolicy: "cilium",
    networkDataplane: "cilium",
    outboundType: "userDefinedRouting",
    loadBalancerSku: "standard",
    dnsServiceIP: "10.0.0.10",
    podCidr: "10.244.0.0/16",
    serviceCidr: "10.0.0.0/16",
  },
  securityProfile: {
    defender: { logAnalyticsWorkspaceResourceId: WORKSPACE, securityMonitoring: { enabled: true } },
    workloadIdentity: { enabled: true },
  },
  oidcIssuerProfile: { enabled: true },
  addonProfiles: {
    azurepolicy: { enabled: true },
    omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: WORKSPACE } },
    azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "true" } },
  },
  azureMonitorProfile: { metrics: { enabled: true } },
  autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" },
  diskEncryptionSetID: DISK_ENCRYPTION_SET,
  agentPoolProfiles: [systemPool(), userPool()],
});

/** A standalone GPU training pool (AgentPool resource). */
export const compliantAgentPool = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  resourceName: "aks-ai",
  agentPoolName: "gpu",
  mode: "User",
  vmSize: "Standard_NC24ads_A100_v4",
  enableAutoScaling: true,
  minCount: 0,
  maxCount: 4,
  availabilityZones: ["1", "2", "3"],
  enableEncryptionAtHost: true,
  scaleSetPriority: "Spot",
  scaleSetEvictionPolicy: "Delete",
  spotMaxPrice: -1,
  nodeLabels: { workload: "training" },
  nodeTaints: ["sku=gpu:NoSchedule"],
  osDiskType: "Ephemeral",
  maxPods: 50,
  vnetSubnetID: SUBNET,
});

/** The Azure ML extension on the cluster, serving inference behind an internal load balancer. */
export const compliantExtension = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  clusterRp: "Microsoft.ContainerService",
  clusterResourceName: "managedClusters",
  clusterName: "aks-ai",
  extensionName: "azureml",
  extensionType: "Microsoft.AzureML.Kubernetes",
  releaseTrain: "stable",
  autoUpgradeMinorVersion: true,
  scope: { cluster: { releaseNamespace: "azureml" } },
  identity: { type: "SystemAssigned" },
  configurationSettings: {
    enableTraining: "False",
    enableInference: "True",
    inferenceRouterServiceType: "LoadBalancer",
    internalLoadBalancerProvider: "azure",
    inferenceRouterHA: "True",
    allowInsecureConnections: "False",
    "nodeSelector.workload": "inference",
  },
});

/** The compliant extension with configuration settings replaced (undefined removes one). */
export const extensionWithSettings = (fields: Record<string, unknown>) => {
  const props = compliantExtension();
  return { ...props, configurationSettings: edit(props.configurationSettings, fields) };
};

/** Applies `fields` to `base` (a value of undefined removes the field). */
export function edit(
  base: Record<string, any>,
  fields: Record<string, unknown>,
): Record<string, any> {
  const out: Record<string, any> = { ...base, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete out[k];
  return out;
}

/** The compliant cluster with inline pool `index` edited. */
export function clusterWithPool(
  index: number,
  fields: Record<string, unknown>,
): Record<string, any> {
  const props = compliantCluster();
  props.agentPoolProfiles[index] = edit(props.agentPoolProfiles[index], fields);
  return props;
}

/** The compliant standalone pool edited. */
export const agentPoolWith = (fields: Record<string, unknown>) =>
  edit(compliantAgentPool(), fields);

/** The compliant cluster edited at the top level. */
export const clusterWith = (fields: Record<string, unknown>) => edit(compliantCluster(), fields);
