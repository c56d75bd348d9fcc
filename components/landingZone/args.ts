import type * as pulumi from "@pulumi/pulumi";
import type { InferenceClusterArgs } from "../aks";
import type { Tags } from "../common";
import type { PrivateOpenAiArgs } from "../genai";
import type { PrivateMlWorkspaceArgs } from "../ml/privateMlWorkspace";
import type { DataCollectionArgs, ModelMonitorArgs, TrainingClusterArgs } from "../ml/mlops";
import type {
  AuthenticatedEndpointArgs,
  BlueGreenDeploymentArgs,
  SlotArgs,
  SlotKey,
} from "../ml/serving";
import type { ObservabilityArgs } from "../monitoring";
import type { LandingZoneNetworkArgs } from "../network";
import type { EncryptionKeyArgs, KeyVaultArgs } from "../security";
import type { CmkStorageAccountArgs } from "../storage";
import { COST_TAG_KEYS, WORKLOAD_TAG_KEY } from "../../policies/facts/costTags";

/**
 * The cost-allocation tag keys every taggable resource carries: the policy pack's
 * `required-tags` default (the shared `COST_TAG_KEYS`), so a zone built here passes that rule
 * without configuration, and the workload.
 */
export const requiredTagNames = [...COST_TAG_KEYS, WORKLOAD_TAG_KEY] as const;

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
   * Protects every stateful child (vault, key, storage, workspace, registry, cluster, Azure
   * OpenAI account) from deletion by Pulumi. Set `false` only for throwaway environments.
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
   * Adds an AKS inference cluster attached to the workspace; the endpoint then runs on it.
   * Needs `inferenceCluster.routeTableResourceId` (or a NAT gateway) and router TLS.
   * @default false (a managed online endpoint; no cluster to pay for)
   */
  enableInferenceCluster?: boolean;
  /**
   * Adds a private, Entra-only, CMK-encrypted Azure OpenAI account; the endpoint's identity
   * gets *Cognitive Services OpenAI User* on it.
   * @default false
   */
  enableOpenAi?: boolean;

  /** Overrides of the `LandingZoneNetwork` arguments. @default {} (10.42.0.0/16, zones created) */
  network?: Partial<LandingZoneNetworkArgs>;
  /** Overrides of the `Observability` arguments. @default {} (90-day workspace, e-mail action group) */
  observability?: Partial<ObservabilityArgs>;
  /** Overrides of the `KeyVault` arguments. @default {} */
  keyVault?: Partial<KeyVaultArgs>;
  /**
   * Overrides of the `EncryptionKey` arguments. With `enableOpenAi`, the account gets a 2048-bit
   * key of its own (Azure AI services accept no other size) with this key's type and rotation.
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
}
