/** Inputs that pass every Azure Machine Learning rule, as azure-native v3 sends them. */

export const compliantWorkspace = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  workspaceName: "mlw-ai-prod",
  identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/rg/id-mlw"] },
  primaryUserAssignedIdentity: "/subscriptions/s/rg/id-mlw",
  publicNetworkAccess: "Disabled",
  allowPublicAccessWhenBehindVnet: false,
  managedNetwork: {
    isolationMode: "AllowOnlyApprovedOutbound",
    enableNetworkMonitor: false,
  },
  encryption: {
    status: "Enabled",
    keyVaultProperties: {
      keyVaultArmId:
        "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai",
      keyIdentifier: "https://kv-ai.vault.azure.net/keys/mlw",
    },
  },
  systemDatastoresAuthMode: "Identity",
  hbiWorkspace: true,
});

export const compliantCluster = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  workspaceName: "mlw-ai-prod",
  computeName: "train",
  properties: {
    computeType: "AmlCompute",
    disableLocalAuth: true,
    properties: {
      vmSize: "Standard_NC6s_v3",
      vmPriority: "LowPriority",
      enableNodePublicIp: false,
      remoteLoginPortPublicAccess: "Disabled",
      scaleSettings: { minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: "PT5M" },
    },
  },
});

export const compliantInstance = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  workspaceName: "mlw-ai-prod",
  computeName: "ci-alice",
  properties: {
    computeType: "ComputeInstance",
    disableLocalAuth: true,
    properties: {
      vmSize: "Standard_DS3_v2",
      enableNodePublicIp: false,
      idleTimeBeforeShutdown: "PT60M",
      sshSettings: { sshPublicAccess: "Disabled" },
    },
  },
});

/** The cluster with `properties.properties` fields replaced (undefined removes a field). */
export function clusterWith(fields: Record<string, unknown>): Record<string, any> {
  const props = compliantCluster();
  const settings: Record<string, unknown> = { ...props.properties.properties, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete settings[k];
  return { ...props, properties: { ...props.properties, properties: settings } };
}

/** The instance with `properties.properties` fields replaced (undefined removes a field). */
export function instanceWith(fields: Record<string, unknown>): Record<string, any> {
  const props = compliantInstance();
  const settings: Record<string, unknown> = { ...props.properties.properties, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete settings[k];
  return { ...props, properties: { ...props.properties, properties: settings } };
}

export const compliantEndpoint = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  workspaceName: "mlw-ai-prod",
  endpointName: "score",
  identity: { type: "SystemAssigned" },
  properties: { authMode: "AADToken", publicNetworkAccess: "Disabled", traffic: { blue: 100 } },
});

export const compliantDeployment = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  workspaceName: "mlw-ai-prod",
  endpointName: "score",
  deploymentName: "blue",
  sku: { name: "Default", capacity: 3 },
  properties: {
    endpointComputeType: "Managed",
    model: "azureml:churn:3",
    instanceType: "Standard_DS3_v2",
    appInsightsEnabled: true,
    egressPublicNetworkAccess: "Disabled",
    livenessProbe: { initialDelay: "PT60S", period: "PT10S" },
    readinessProbe: { initialDelay: "PT30S", period: "PT10S" },
    dataCollector: {
      collections: {
        model_inputs: { dataCollectionMode: "Enabled" },
        model_outputs: { dataCollectionMode: "Enabled" },
      },
      requestLogging: { captureHeaders: [] },
    },
  },
});

/** The deployment with `properties` fields replaced (undefined removes a field). */
export function deploymentWith(fields: Record<string, unknown>): Record<string, any> {
  const props = compliantDeployment();
  const settings: Record<string, unknown> = { ...props.properties, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete settings[k];
  return { ...props, properties: settings };
}
