/**
 * The public API of ai-landing-zone: the components, their arguments and outputs, the types those
 * name, and the helpers a program needs. The README's "Public API" section lists the same names,
 * and a spec keeps the two equal and checks that every type a component's arguments or outputs
 * name is exported here. Everything else under `components/` is internal: importable by relative
 * path inside this repository, and free to change.
 */
// The composite
export { AiLandingZone } from "./landingZone";
export type {
  AiLandingZoneArgs,
  LandingZoneFoundryArgs,
  LandingZoneFoundryProjectArgs,
  LandingZoneHubArgs,
  LandingZoneMonitorArgs,
  LandingZoneOperatorAccessArgs,
  LandingZoneSlots,
  LandingZoneTrainingArgs,
} from "./landingZone";

// Network
export { LandingZoneNetwork } from "./network/landingZoneNetwork";
export type {
  EgressArgs,
  LandingZoneNetworkArgs,
  PrivateDnsArgs,
  GenAiSubnetRole,
  SubnetRole,
} from "./network/landingZoneNetwork";

// Hub integration and operator access
export { EgressFirewall } from "./hub/egressFirewall";
export type { EgressFirewallArgs, FirewallTier } from "./hub/egressFirewall";
export { HubPeering } from "./hub/hubPeering";
export type { HubPeeringArgs } from "./hub/hubPeering";
export { VirtualHubConnection } from "./hub/virtualHubConnection";
export type {
  VirtualHubConnectionArgs,
  VirtualHubConnectionRoutingArgs,
} from "./hub/virtualHubConnection";
export { Bastion } from "./hub/bastion";
export type { BastionArgs } from "./hub/bastion";
export { JumpBox } from "./hub/jumpBox";
export type { JumpBoxArgs } from "./hub/jumpBox";
export { BuildAgents } from "./hub/buildAgents";
export type { BuildAgentsArgs } from "./hub/buildAgents";
export type { OperatorSubnetArgs } from "./hub/operatorSubnet";

// Security
export { KeyVault } from "./security/keyVault";
export type { KeyVaultArgs } from "./security/keyVault";
export { EncryptionKey } from "./security/encryptionKey";
export type { EncryptionKeyArgs } from "./security/encryptionKey";

// Storage
export { CmkStorageAccount } from "./storage/cmkStorageAccount";
export type {
  ImmutableContainerArgs,
  LifecycleDataRuleArgs,
  StorageLifecycleArgs,
} from "./storage/lifecycle";
export type {
  CmkStorageAccountArgs,
  StorageEndpointService,
  StorageSkuName,
} from "./storage/cmkStorageAccount";

// Azure Machine Learning
export { PrivateMlWorkspace } from "./ml/privateMlWorkspace";
export type { MlMonitoringArgs, PrivateMlWorkspaceArgs } from "./ml/privateMlWorkspace";
export type {
  FqdnOutboundRule,
  MlIsolationMode,
  MlOutboundRule,
  PrivateEndpointOutboundRule,
  ServiceTagOutboundRule,
} from "./ml/outboundRules";
export { PrivateContainerRegistry } from "./ml/containerRegistry";
export type { PrivateContainerRegistryArgs } from "./ml/containerRegistry";
export { PrivateMlRegistry } from "./ml/mlRegistry";
export type { PrivateMlRegistryArgs, RegistryStorageType } from "./ml/mlRegistry";
export type { RegistryPrincipalArgs } from "./ml/registryRoles";

// MLOps: training, monitoring, retraining, data collection
export { TrainingCluster } from "./ml/mlops/trainingCluster";
export type { TrainingClusterArgs } from "./ml/mlops/trainingCluster";
export type { WorkspaceReferenceArgs } from "./ml/mlops/workspaceReference";
export { ModelMonitor } from "./ml/mlops/modelMonitor";
export type { ModelMonitorArgs } from "./ml/mlops/modelMonitor";
export type {
  FeatureDataType,
  MonitorSignalArgs,
  MonitorSignalKind,
  MonitorThresholdArgs,
} from "./ml/mlops/monitorSignals";
export { RetrainingSchedule } from "./ml/mlops/retrainingSchedule";
export type {
  JobDefinition,
  RetrainingDataInput,
  RetrainingScheduleArgs,
} from "./ml/mlops/retrainingSchedule";
export type { DataCollectionArgs } from "./ml/mlops/dataCollection";

// Online serving
export { AuthenticatedEndpoint } from "./ml/serving/authenticatedEndpoint";
export type {
  AuthenticatedEndpointArgs,
  EndpointAuthMode,
  EndpointIdentityRoleArgs,
  OnlineEndpointTarget,
} from "./ml/serving/authenticatedEndpoint";
export { BlueGreenDeployment } from "./ml/serving/blueGreenDeployment";
export type { BlueGreenDeploymentArgs } from "./ml/serving/blueGreenDeployment";
export type { SlotArgs, SlotKey, SlotProbeArgs, SlotScaleArgs } from "./ml/serving/slots";
export { EndpointTraffic } from "./ml/serving/endpointTraffic";
export type { EndpointTrafficArgs } from "./ml/serving/endpointTraffic";

// AKS inference
export { InferenceCluster } from "./aks/inferenceCluster";
export type {
  AvailabilityZone,
  InferenceClusterArgs,
  InferencePoolArgs,
  InferenceRouterTlsArgs,
  MaintenanceWindowArgs,
  NodeOsUpgradeChannel,
  NodePoolArgs,
  OsDiskType,
  OsSku,
  SystemPoolArgs,
  UpgradeChannel,
} from "./aks/args";

// Monitoring and cost
export { Observability } from "./monitoring/observability";
export type { ObservabilityArgs } from "./monitoring/observability";
export type {
  MonitoringWorkspaceArgs,
  PublicNetworkAccess,
} from "./monitoring/monitoringWorkspace";
export type {
  ActionGroupArgs,
  EmailReceiverArgs,
  WebhookReceiverArgs,
} from "./monitoring/actionGroup";
export type {
  AiAccountAlertArgs,
  AksAlertArgs,
  AlertsArgs,
  KeyVaultAlertArgs,
  OnlineEndpointAlertArgs,
  StorageAlertArgs,
} from "./monitoring/alertRules";
export { CostGuardrails } from "./monitoring/costGuardrails";
export type { CostGuardrailsArgs } from "./monitoring/costGuardrails";

// Azure OpenAI
export { PrivateOpenAi } from "./genai/privateOpenAi";
export type { PrivateOpenAiArgs } from "./genai/privateOpenAi";
export type {
  ContentFilterArgs,
  FilterAction,
  HarmFilterArgs,
  HarmSeverityThreshold,
} from "./genai/contentFilter";
export type {
  DeploymentSkuName,
  ModelDeploymentArgs,
  VersionUpgradeOption,
} from "./genai/modelDeployment";

// Governance: Azure Policy and Defender generated from the pack
export { GovernanceBaseline } from "./governance/governanceBaseline";
export type {
  ClusterPolicyArgs,
  DefenderPlansArgs,
  GovernanceBaselineArgs,
  GovernanceScope,
} from "./governance/governanceBaseline";
export type {
  GovernanceScopeKind,
  PackEnforcementLevel,
  PlannedAssignment,
  PolicyPackConfig,
  PolicyPackConfigEntry,
  SkippedPolicy,
} from "./governance/assignmentPlan";
export type { DefenderPlanName } from "./governance/defenderPlans";
export type { AzurePolicyEffect } from "../policies/facts/azurePolicyEquivalents";

// GenAI platform: AI Foundry, AI Search, Cosmos DB, AI gateway
export { AiFoundry } from "./genai/aiFoundry";
export type { AiFoundryArgs } from "./genai/aiFoundry";
export type {
  FoundryAgentStoresArgs,
  FoundryProjectArgs,
  FoundryProjectOutput,
} from "./genai/foundryProject";
export { PrivateSearch } from "./genai/privateSearch";
export type {
  PrivateSearchArgs,
  SearchSkuName,
  SharedPrivateLinkArgs,
} from "./genai/privateSearch";
export { PrivateCosmosDb } from "./genai/privateCosmosDb";
export type { CosmosContinuousTier, PrivateCosmosDbArgs } from "./genai/privateCosmosDb";
export { AiGateway } from "./genai/aiGateway";
export type { AiGatewayArgs, AiGatewayBackendArgs, AiGatewaySkuName } from "./genai/aiGateway";

// Argument and output blocks the components share
export type { SharedResourceArgs } from "./common/sharedArgs";
export type { Tags } from "./common/tags";
export type { LockArgs } from "./common/lock";
export type { PrincipalType, RoleAssignmentArgs } from "./common/roleAssignments";
export type { DiagnosticSettingArgs } from "./common/diagnosticSettings";
export type { CustomerManagedKeyArgs, DiskEncryptionKeyArgs } from "./common/customerManagedKey";
export type { ManagedIdentitiesArgs } from "./common/managedIdentities";
export type { PublicAccessArgs } from "./common/publicAccess";
export type { PrivateEndpointArgs, PrivateEndpointOutput } from "./common/privateEndpoints";

// Helpers for programs
export { afterResource } from "./common/resourceId";
export { genAiDnsZones, landingZoneDnsZones } from "./common/privateDnsZones";
