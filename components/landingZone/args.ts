import type * as pulumi from "@pulumi/pulumi";
import type { InferenceClusterArgs } from "../aks";
import type { Tags } from "../common";
import type {
  BastionArgs,
  BuildAgentsArgs,
  EgressFirewallArgs,
  JumpBoxArgs,
  VirtualHubConnectionArgs,
} from "../hub";
import type {
  AiFoundryArgs,
  AiGatewayArgs,
  FoundryAgentStoresArgs,
  FoundryProjectArgs,
  PrivateCosmosDbArgs,
  PrivateOpenAiArgs,
  PrivateSearchArgs,
} from "../genai";
import type { PrivateMlWorkspaceArgs } from "../ml/privateMlWorkspace";
import type { PrivateMlRegistryArgs } from "../ml/mlRegistry";
import type {
  DataCollectionArgs,
  ModelMonitorArgs,
  RetrainingScheduleArgs,
  TrainingClusterArgs,
} from "../ml/mlops";
import type {
  AuthenticatedEndpointArgs,
  BlueGreenDeploymentArgs,
  SlotArgs,
  SlotKey,
} from "../ml/serving";
import type { ObservabilityArgs } from "../monitoring";
import type { LandingZoneNetworkArgs } from "../network";
import type { EncryptionKeyArgs, KeyVaultArgs } from "../security";
import type { GovernanceBaselineArgs } from "../governance";
import type { CmkStorageAccountArgs } from "../storage";
import { COST_TAG_KEYS, WORKLOAD_TAG_KEY } from "../../policies/facts/costTags";

/**
 * The cost-allocation tag keys every taggable resource carries: the policy pack's
 * `required-tags` default (the shared `COST_TAG_KEYS`), so a zone built here passes that rule
 * without configuration, and the workload.
 */
export const requiredTagNames = [...COST_TAG_KEYS, WORKLOAD_TAG_KEY] as const;

/**
 * How the zone reaches the Internet and the rest of the estate. Every mode but `none` routes
 * `0.0.0.0/0` from every subnet of the zone to a firewall (with `virtualWan`, through the route
 * the hub propagates, or a route table when its firewall's address is given).
 */
export type LandingZoneHubArgs =
  /** No hub and no route table: egress is the caller's (a brought route table or NAT gateway). */
  | { mode: "none" }
  /**
   * A minimal hub in the zone's resource group (`EgressFirewall`), peered with the spoke in
   * both directions; `firewall` overrides its arguments (address space, tier, FQDNs).
   */
  | { mode: "create"; firewall?: Partial<Omit<EgressFirewallArgs, "sourceAddressPrefixes">> }
  /**
   * A platform team's hub: its firewall's private address, and optionally its VNet to peer the
   * spoke with (the hub's side of the peering is the platform team's).
   */
  | {
      mode: "bring";
      /** Required. The hub firewall's private IP address, the spoke's next hop. */
      firewallPrivateIpAddress: string;
      /** The hub's `Microsoft.Network/virtualNetworks` ID. @default - no peering is created */
      virtualNetworkResourceId?: pulumi.Input<string>;
      /** Conditional: required with `virtualNetworkResourceId`. The hub's address space. */
      addressPrefixes?: string[];
      /** Use the hub's VPN or ExpressRoute gateway. @default false */
      useRemoteGateways?: boolean;
    }
  /**
   * A platform team's Virtual WAN hub: the spoke is connected to it (`VirtualHubConnection`,
   * internet security on), so a secured hub's firewall filters its Internet traffic through the
   * default route the hub propagates.
   */
  | {
      mode: "virtualWan";
      /** Required. The `Microsoft.Network/virtualHubs` ID of the (secured) virtual hub. */
      virtualHubResourceId: pulumi.Input<string>;
      /**
       * Conditional: required with `enableInferenceCluster` (unless the cluster brings its own
       * route table or a NAT gateway). The secured hub's firewall private IP: the zone then also
       * creates a route table sending 0.0.0.0/0 there, which AKS's user-defined routing requires
       * (it does not accept the default route the hub propagates).
       * @default - no route table: the subnets use the route the hub propagates
       */
      firewallPrivateIpAddress?: string;
      /** Overrides of the `VirtualHubConnection` arguments (internet security, routing, name). @default {} */
      connection?: Partial<
        Omit<VirtualHubConnectionArgs, "virtualHubResourceId" | "spokeVirtualNetworkResourceId">
      >;
    };

/**
 * Operators' access to the private zone (the zone supplies each child's resource group and VNet): Azure Bastion and a jump box in the spoke, and
 * optionally private build agents. Subnets are carved from the spoke's first address prefix
 * unless given: Bastion x.x.3.0/26, jump box x.x.3.64/27, build agents x.x.3.128/26.
 */
export interface LandingZoneOperatorAccessArgs {
  /** Required. The break-glass administrator's OpenSSH public key (password login is disabled). */
  adminSshPublicKey: string;
  /** Overrides of the `Bastion` arguments. @default {} (Standard, no tunneling) */
  bastion?: Partial<Omit<BastionArgs, "resourceGroupName" | "virtualNetworkResourceId">>;
  /** Overrides of the `JumpBox` arguments. @default {} */
  jumpBox?: Partial<
    Omit<JumpBoxArgs, "resourceGroupName" | "virtualNetworkResourceId" | "adminSshPublicKey">
  >;
  /** Adds a private build-agent scale set. @default false */
  enableBuildAgents?: boolean;
  /** Overrides of the `BuildAgents` arguments; only with `enableBuildAgents`. @default {} */
  buildAgents?: Partial<
    Omit<BuildAgentsArgs, "resourceGroupName" | "virtualNetworkResourceId" | "adminSshPublicKey">
  >;
}

/**
 * A project of the zone's AI Foundry account. With `agents`, each store left out is the zone's:
 * its storage account for files, its AI Search service (`enableSearch`) for vector stores, its
 * Cosmos DB account (`enableCosmos`) for threads.
 */
export type LandingZoneFoundryProjectArgs = Omit<FoundryProjectArgs, "agents"> & {
  agents?: Partial<FoundryAgentStoresArgs>;
};

/** Overrides of the `AiFoundry` arguments, with projects whose agent stores default to the zone's. */
export type LandingZoneFoundryArgs = Partial<Omit<AiFoundryArgs, "projects">> & {
  /**
   * @default [{ name: "main", agents: {} }] with `enableSearch` and `enableCosmos` (the standard
   * agent setup on the zone's storage, Search and Cosmos DB), [{ name: "main" }] otherwise
   */
  projects?: LandingZoneFoundryProjectArgs[];
};

/** The serving slots; each gets the zone's `dataCollection` unless it sets its own. */
export type LandingZoneSlots = Partial<Record<SlotKey, SlotArgs>>;

/** What the model monitor watches; one monitor per slot is created from it. */
export type LandingZoneMonitorArgs = Pick<ModelMonitorArgs, "taskType" | "baselineDataUri"> &
  Partial<
    Omit<
      ModelMonitorArgs,
      | "resourceGroupName"
      | "workspaceName"
      | "machineLearningWorkspaceResourceId"
      | "endpointName"
      | "deploymentName"
      | "actionGroupResourceId"
      | "logAnalyticsWorkspaceResourceId"
      | "scheduleName"
    >
  >;

/**
 * The retraining job and when it runs besides the weekly cron; the schedule lives in the zone's
 * workspace and, for a pipeline component, runs on the zone's training cluster.
 */
export type LandingZoneTrainingArgs = Partial<
  Omit<
    RetrainingScheduleArgs,
    "resourceGroupName" | "workspaceName" | "machineLearningWorkspaceResourceId"
  >
>;

export interface AiLandingZoneArgs {
  /**
   * Required. The resource group for every resource of the zone. Pass a known name (not a new
   * group's `.name` output): every ID the zone composes from it then stays known during preview.
   */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /** Required. The `environment` tag, e.g. `dev` or `prod` (1-32 letters, digits or hyphens). */
  environment: string;
  /** Required. The `cost-center` tag. */
  costCenter: string;
  /** Required. The `owner` tag: the team accountable for the zone's resources and spend. */
  owner: string;
  /** The `workload` tag. @default the component name */
  workload?: string;
  /** More tags for every child; the four cost tags above cannot be overridden here. @default {} */
  tags?: Tags;
  /** Required. Who receives alerts, budget notifications and model-monitor e-mails (at least one). */
  alertEmails: string[];
  /** Required. The monthly budget of the resource group, in the billing currency; above 0. */
  budgetAmount: number;
  /**
   * Protects every stateful child (vault, keys, storage, workspace, registry, cluster, Azure
   * OpenAI and AI Foundry accounts, Search, Cosmos DB, gateway) from deletion by Pulumi. Set `false` only for throwaway environments.
   * @default true
   */
  protect?: boolean;

  /**
   * Required. The blue and green slots of the online endpoint (at least one), with their
   * traffic weights summing to 100: promotion and rollback are changes of these weights.
   */
  slots: LandingZoneSlots;
  /**
   * Production data collection for every slot, which the model monitor reads.
   * @default {} (model inputs and outputs, every request, no headers, no raw payloads)
   */
  dataCollection?: DataCollectionArgs;
  /**
   * Drift and data-quality monitoring of every slot against the training baseline.
   * @default - no monitor (there is no baseline to compare with); the pack's
   * `aml-deployment-model-monitor` rule asks for one in production stacks
   */
  modelMonitor?: LandingZoneMonitorArgs;
  /**
   * Retraining: a `RetrainingSchedule` that runs this job (`pipelineComponentResourceId` on the
   * zone's training cluster, or a full `jobDefinition`) weekly (`cronExpression`, Sundays 02:00
   * UTC by default) and, with `monitorBreachHandlerResourceId`, whenever one of the zone's model
   * monitors breaches its thresholds. Register the retrained model, promote it through the
   * registry (`enableRegistry`) and move traffic with the slots' weights.
   * @default - no retraining schedule
   */
  training?: LandingZoneTrainingArgs;

  /**
   * Adds an AKS inference cluster attached to the workspace; the endpoint then runs on it.
   * Needs a `hub` (or `inferenceCluster.routeTableResourceId`, or a NAT gateway) and router TLS.
   * @default false (a managed online endpoint; no cluster to pay for)
   */
  enableInferenceCluster?: boolean;
  /**
   * Adds a private, Entra-only, CMK-encrypted Azure OpenAI account; the endpoint's identity
   * gets *Cognitive Services OpenAI User* on it.
   * @default false
   */
  enableOpenAi?: boolean;
  /**
   * Adds a private Azure ML registry (`PrivateMlRegistry`) for promoting models and
   * environments between workspaces with their lineage: the workspace reaches it through a
   * managed-network private endpoint, the workspace and the training cluster publish to it and
   * the endpoint reads from it. Needs a known `location`.
   * @default false
   */
  enableRegistry?: boolean;
  /**
   * Adds an Azure AI Foundry account (`AiFoundry`): private, Entra-only, encrypted with the
   * zone's 2048-bit AI services key, its Agent Service injected into the network's `agents`
   * subnet (x.x.8.0/24 unless `network.genAiSubnets.agents` says otherwise), with one project
   * whose agents keep their state in the zone's storage, Search and Cosmos DB when both are
   * enabled.
   * @default false
   */
  enableFoundry?: boolean;
  /**
   * Adds a private Azure AI Search service (`PrivateSearch`): Entra-only, customer-managed keys
   * enforced on every index, three replicas, behind the zone's private endpoint subnet.
   * @default false
   */
  enableSearch?: boolean;
  /**
   * Adds a private Cosmos DB account (`PrivateCosmosDb`) for agent threads: Entra-only, encrypted
   * with the zone's key, continuous backup, zone-redundant. Needs a known `location`.
   * @default false
   */
  enableCosmos?: boolean;
  /**
   * Adds an API Management AI gateway (`AiGateway`, Premium, internal VNet mode in the network's
   * `apiManagement` subnet, x.x.9.0/27 unless `network.genAiSubnets.apiManagement` says
   * otherwise) over the zone's AI Foundry and Azure OpenAI accounts, with token limits and token
   * metrics in the zone's Application Insights. Needs `enableFoundry`, `enableOpenAi` or
   * `gateway.backends`.
   * @default false
   */
  enableGateway?: boolean;

  /**
   * Egress through a firewall and peering with a hub; see `LandingZoneHubArgs`.
   * @default { mode: "none" }
   */
  hub?: LandingZoneHubArgs;
  /**
   * Bastion, a jump box and optionally build agents in the spoke.
   * @default - none: nobody reaches the private endpoints from inside the network
   */
  operatorAccess?: LandingZoneOperatorAccessArgs;
  /**
   * Adds a `GovernanceBaseline` at the zone's resource group: the Azure Policy equivalents of the
   * pack's policies (give the pack's config in `governance.policyConfig` so both agree), and
   * in-cluster policy on the inference cluster. Assignments need *Resource Policy Contributor*.
   * @default true when `environment` is "prod" or "production", false otherwise
   */
  enableGovernance?: boolean;

  /** Overrides of the `LandingZoneNetwork` arguments. @default {} (10.42.0.0/16, zones created) */
  network?: Partial<LandingZoneNetworkArgs>;
  /** Overrides of the `Observability` arguments. @default {} (90-day workspace, e-mail action group) */
  observability?: Partial<ObservabilityArgs>;
  /** Overrides of the `KeyVault` arguments. @default {} */
  keyVault?: Partial<KeyVaultArgs>;
  /**
   * Overrides of the `EncryptionKey` arguments. With `enableOpenAi` or `enableFoundry`, the AI
   * services accounts get a 2048-bit key of their own (Azure AI services accept no other size)
   * with this key's type and rotation.
   * @default {} (RSA-HSM 3072, or RSA with a standard `keyVault.skuName`; yearly rotation)
   */
  encryptionKey?: Partial<EncryptionKeyArgs>;
  /** Overrides of the `CmkStorageAccount` arguments. @default {} */
  storage?: Partial<CmkStorageAccountArgs>;
  /**
   * Overrides of the `PrivateMlWorkspace` arguments.
   * @default { workspaceName: "mlw-<name>" } — a fixed name keeps the endpoint, cluster and
   * monitor IDs known during preview; a deleted workspace blocks it for 14 days
   */
  workspace?: Partial<PrivateMlWorkspaceArgs>;
  /**
   * Regions the workspace's container registry is replicated to (zone-redundant replicas), so
   * image pulls survive a regional outage.
   * @default [] (images live in the zone's region only)
   */
  containerRegistryReplicaLocations?: string[];
  /** Overrides of the `TrainingCluster` arguments. @default { computeName: "training" } */
  trainingCluster?: Partial<TrainingClusterArgs>;
  /** Overrides of the `AuthenticatedEndpoint` arguments. @default {} (Entra ID or AML token, private) */
  endpoint?: Partial<AuthenticatedEndpointArgs>;
  /** Overrides of the `BlueGreenDeployment` arguments besides the slots. @default {} */
  blueGreen?: Partial<Omit<BlueGreenDeploymentArgs, "endpoint" | "blue" | "green">>;
  /**
   * Overrides of the `InferenceCluster` arguments; only with `enableInferenceCluster`.
   * @default {} (node disks encrypted with the zone's key through a disk encryption set)
   */
  inferenceCluster?: Partial<InferenceClusterArgs>;
  /** Overrides of the `PrivateOpenAi` arguments; only with `enableOpenAi`. @default {} */
  openAi?: Partial<PrivateOpenAiArgs>;
  /**
   * Overrides of the `PrivateMlRegistry` arguments (e.g. `replicaLocations`); only with
   * `enableRegistry`. @default {} (the zone's region, zone-redundant storage, private)
   */
  registry?: Partial<PrivateMlRegistryArgs>;
  /**
   * Overrides of the `AiFoundry` arguments; only with `enableFoundry`.
   * @default {} (the zone's AI services key, private endpoint, agents subnet and diagnostics; see
   * `LandingZoneFoundryArgs.projects` for the default project)
   */
  foundry?: LandingZoneFoundryArgs;
  /** Overrides of the `PrivateSearch` arguments; only with `enableSearch`. @default {} */
  search?: Partial<PrivateSearchArgs>;
  /**
   * Overrides of the `PrivateCosmosDb` arguments; only with `enableCosmos`.
   * @default {} (the zone's region and key)
   */
  cosmos?: Partial<PrivateCosmosDbArgs>;
  /**
   * Overrides of the `AiGateway` arguments; only with `enableGateway`.
   * @default {} (publisher: the first of `alertEmails` and `owner`; backends: the zone's AI
   * Foundry and Azure OpenAI accounts)
   */
  gateway?: Partial<AiGatewayArgs>;
  /**
   * Overrides of the `GovernanceBaseline` arguments (pack config, exemption scopes, Defender
   * plans); only while governance is on.
   * @default {} (the pack's defaults at the zone's resource group; the inference cluster's
   * in-cluster policy admits only the workspace's registry)
   */
  governance?: Partial<GovernanceBaselineArgs>;
}
