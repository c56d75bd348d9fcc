/**
 * Pulumi type tokens of the resources the pack inspects. Policies match by these strings instead of
 * importing azure-native classes (the SDK compares tokens exactly and ignores aliases, and loading
 * azure-native would cost start-up time and memory). Where v3 moved a resource to another module,
 * the list holds both tokens.
 */
export const T = {
  storageAccount: "azure-native:storage:StorageAccount",
  blobServiceProperties: "azure-native:storage:BlobServiceProperties",
  blobContainer: "azure-native:storage:BlobContainer",
  managementPolicy: "azure-native:storage:ManagementPolicy",
  fileServiceProperties: "azure-native:storage:FileServiceProperties",
  queueServiceProperties: "azure-native:storage:QueueServiceProperties",
  tableServiceProperties: "azure-native:storage:TableServiceProperties",
  defenderForStorage: "azure-native:security:DefenderForStorage",
  securityPricing: "azure-native:security:Pricing",
  vault: "azure-native:keyvault:Vault",
  vaultAccessPolicy: "azure-native:keyvault:AccessPolicy",
  key: "azure-native:keyvault:Key",
  secret: "azure-native:keyvault:Secret",
  registry: "azure-native:containerregistry:Registry",
  registryReplication: "azure-native:containerregistry:Replication",
  registryWebhook: "azure-native:containerregistry:Webhook",
  managedCluster: "azure-native:containerservice:ManagedCluster",
  agentPool: "azure-native:containerservice:AgentPool",
  maintenanceConfiguration: "azure-native:containerservice:MaintenanceConfiguration",
  trustedAccessRoleBinding: "azure-native:containerservice:TrustedAccessRoleBinding",
  clusterExtension: "azure-native:kubernetesconfiguration:Extension",
  mlWorkspace: "azure-native:machinelearningservices:Workspace",
  mlCompute: "azure-native:machinelearningservices:Compute",
  mlOnlineEndpoint: "azure-native:machinelearningservices:OnlineEndpoint",
  mlOnlineDeployment: "azure-native:machinelearningservices:OnlineDeployment",
  mlRegistry: "azure-native:machinelearningservices:Registry",
  aiAccount: "azure-native:cognitiveservices:Account",
  aiDeployment: "azure-native:cognitiveservices:Deployment",
  raiPolicy: "azure-native:cognitiveservices:RaiPolicy",
  aiProject: "azure-native:cognitiveservices:Project",
  aiProjectCapabilityHost: "azure-native:cognitiveservices:ProjectCapabilityHost",
  aiAccountCapabilityHost: "azure-native:cognitiveservices:AccountCapabilityHost",
  searchService: "azure-native:search:Service",
  searchSharedPrivateLink: "azure-native:search:SharedPrivateLinkResource",
  cosmosAccount: "azure-native:cosmosdb:DatabaseAccount",
  cosmosSqlRoleAssignment: "azure-native:cosmosdb:SqlResourceSqlRoleAssignment",
  apiManagement: "azure-native:apimanagement:ApiManagementService",
  apimBackend: "azure-native:apimanagement:Backend",
  apimPolicy: "azure-native:apimanagement:Policy",
  apimApiPolicy: "azure-native:apimanagement:ApiPolicy",
  apimLogger: "azure-native:apimanagement:Logger",
  apimDiagnostic: "azure-native:apimanagement:Diagnostic",
  privateEndpoint: "azure-native:network:PrivateEndpoint",
  privateDnsZoneGroup: "azure-native:network:PrivateDnsZoneGroup",
  networkSecurityGroup: "azure-native:network:NetworkSecurityGroup",
  securityRule: "azure-native:network:SecurityRule",
  virtualNetwork: "azure-native:network:VirtualNetwork",
  subnet: "azure-native:network:Subnet",
  networkInterface: "azure-native:network:NetworkInterface",
  publicIpAddress: "azure-native:network:PublicIPAddress",
  routeTable: "azure-native:network:RouteTable",
  flowLog: "azure-native:network:FlowLog",
  azureFirewall: "azure-native:network:AzureFirewall",
  firewallPolicy: "azure-native:network:FirewallPolicy",
  bastionHost: "azure-native:network:BastionHost",
  virtualMachine: "azure-native:compute:VirtualMachine",
  virtualMachineScaleSet: "azure-native:compute:VirtualMachineScaleSet",
  logAnalyticsWorkspace: "azure-native:operationalinsights:Workspace",
  budget: "azure-native:consumption:Budget",
  roleAssignment: "azure-native:authorization:RoleAssignment",
  roleDefinition: "azure-native:authorization:RoleDefinition",
  policyAssignment: "azure-native:authorization:PolicyAssignment",
  policyDefinition: "azure-native:authorization:PolicyDefinition",
  activityLogAlert: "azure-native:monitor:ActivityLogAlert",
  userAssignedIdentity: "azure-native:managedidentity:UserAssignedIdentity",
  appInsights: "azure-native:applicationinsights:Component",
} as const;

/** Tokens that name the same resource under v3 and under the v2 module it moved from. */
export const TYPE_GROUPS = {
  diagnosticSetting: [
    "azure-native:monitor:DiagnosticSetting",
    "azure-native:insights:DiagnosticSetting",
  ],
  autoscaleSetting: [
    "azure-native:monitor:AutoscaleSetting",
    "azure-native:insights:AutoscaleSetting",
  ],
  actionGroup: ["azure-native:monitor:ActionGroup", "azure-native:insights:ActionGroup"],
  appInsights: ["azure-native:applicationinsights:Component", "azure-native:insights:Component"],
  metricAlert: ["azure-native:monitor:MetricAlert", "azure-native:insights:MetricAlert"],
  scheduledQueryRule: [
    "azure-native:monitor:ScheduledQueryRule",
    "azure-native:insights:ScheduledQueryRule",
  ],
  privateLinkScopedResource: [
    "azure-native:monitor:PrivateLinkScopedResource",
    "azure-native:insights:PrivateLinkScopedResource",
  ],
  alertRule: [
    "azure-native:monitor:MetricAlert",
    "azure-native:insights:MetricAlert",
    "azure-native:monitor:ScheduledQueryRule",
    "azure-native:insights:ScheduledQueryRule",
  ],
} as const;

/** True when `type` is one of `tokens`. */
export function isOneOf(type: string, tokens: readonly string[]): boolean {
  return tokens.includes(type);
}
