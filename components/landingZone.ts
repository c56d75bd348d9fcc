import * as pulumi from "@pulumi/pulumi";
import * as containerregistry from "@pulumi/azure-native/containerregistry";
import { InferenceCluster, InferenceClusterArgs } from "./aks";
import {
  afterResource,
  DiagnosticSettingArgs,
  InputValidator,
  mergeTags,
  nameFromResourceId,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "./common";
import { PrivateOpenAi, PrivateOpenAiArgs } from "./genai";
import { PrivateMlWorkspace, PrivateMlWorkspaceArgs } from "./ml/privateMlWorkspace";
import {
  DataCollectionArgs,
  ModelMonitor,
  ModelMonitorArgs,
  validateDataCollection,
  TrainingCluster,
  TrainingClusterArgs,
} from "./ml/mlops";
import {
  AuthenticatedEndpoint,
  AuthenticatedEndpointArgs,
  BlueGreenDeployment,
  BlueGreenDeploymentArgs,
  SlotArgs,
  SlotKey,
} from "./ml/serving";
import { createAlertRules, CostGuardrails, Observability, ObservabilityArgs } from "./monitoring";
import { LandingZoneNetwork, LandingZoneNetworkArgs } from "./network";
import { EncryptionKey, EncryptionKeyArgs, KeyVault, KeyVaultArgs } from "./security";
import { CmkStorageAccount, CmkStorageAccountArgs } from "./storage";

/**
 * The cost-allocation tag keys every taggable resource carries: the same keys as the policy
 * pack's `required-tags` default, so a zone built here passes that rule without configuration.
 */
export const requiredTagNames = ["cost-center", "owner", "environment", "workload"] as const;

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

/**
 * A complete, WAF-aligned AI landing zone: a private network; a Key Vault with a rotating
 * customer-managed key; CMK storage; a private, isolated Azure ML workspace; a training cluster;
 * an authenticated online endpoint with blue and green slots, data collection and model
 * monitors; observability, alerts and a budget; optionally an AKS inference cluster and a private
 * Azure OpenAI account. Every child gets the zone's cost tags and its diagnostics.
 */
export class AiLandingZone extends pulumi.ComponentResource {
  public readonly tags: Tags;
  public readonly network: LandingZoneNetwork;
  public readonly observability: Observability;
  public readonly budget: CostGuardrails;
  public readonly keyVault: KeyVault;
  public readonly encryptionKey: EncryptionKey;
  public readonly storage: CmkStorageAccount;
  public readonly workspace: PrivateMlWorkspace;
  public readonly trainingCluster: TrainingCluster;
  public readonly inferenceCluster: InferenceCluster | undefined;
  public readonly endpoint: AuthenticatedEndpoint;
  public readonly deployment: BlueGreenDeployment;
  public readonly modelMonitors: Partial<Record<SlotKey, ModelMonitor>>;
  public readonly openAi: PrivateOpenAi | undefined;
  /** The 2048-bit key of the Azure OpenAI account (Azure AI services accept no other size). */
  public readonly openAiKey: EncryptionKey | undefined;
  /** The endpoint's scoring URI (reached through the workspace's private endpoint). */
  public readonly scoringUri: pulumi.Output<string>;
  /** Live traffic by deployment name. */
  public readonly traffic: pulumi.Output<Record<string, number>>;

  constructor(name: string, args: AiLandingZoneArgs, opts?: pulumi.ComponentResourceOptions) {
    super("ailz:index:AiLandingZone", name, {}, opts);
    validate(name, args);

    const rg = args.resourceGroupName;
    const location = args.location;
    const protect = args.protect ?? true;
    const child = { parent: this };
    const costTags: Tags = {
      "cost-center": args.costCenter,
      owner: args.owner,
      environment: args.environment,
      workload: args.workload ?? name,
    };
    // The cost tags come last so no override can drop them.
    const tags = mergeTags(args.tags, costTags);
    const tagsFor = (override?: Tags) => mergeTags(args.tags, override, costTags);
    const common = { resourceGroupName: rg, location };

    const network = new LandingZoneNetwork(
      `${name}-network`,
      { ...common, ...args.network, tags: tagsFor(args.network?.tags) },
      child,
    );
    const observability = new Observability(
      `${name}-obs`,
      {
        ...common,
        protect,
        actionGroup: {
          emailReceivers: args.alertEmails.map((emailAddress, i) => ({
            name: `email-${i + 1}`,
            emailAddress,
          })),
        },
        ...args.observability,
        tags: tagsFor(args.observability?.tags),
      },
      child,
    );
    const diagnostics: DiagnosticSettingArgs[] = observability.diagnosticSettings;
    const budget = new CostGuardrails(
      `${name}-budget`,
      {
        resourceGroupName: rg,
        amount: args.budgetAmount,
        actionGroupResourceId: observability.actionGroupResourceId,
        tags,
        requiredTagNames: [...requiredTagNames],
      },
      child,
    );

    const keyVault = new KeyVault(
      `${name}-kv`,
      {
        ...common,
        privateEndpoint: network.privateEndpoint,
        diagnosticSettings: diagnostics,
        protect,
        ...args.keyVault,
        tags: tagsFor(args.keyVault?.tags),
      },
      child,
    );
    const encryptionKey = new EncryptionKey(
      `${name}-cmk`,
      {
        ...common,
        keyVaultResourceId: keyVault.resourceId,
        // A standard vault holds software-protected keys only.
        keyType: keyVault.skuName === "standard" ? "RSA" : "RSA-HSM",
        protect,
        ...args.encryptionKey,
        tags: tagsFor(args.encryptionKey?.tags),
      },
      child,
    );
    const storage = new CmkStorageAccount(
      `${name}-data`,
      {
        ...common,
        customerManagedKey: encryptionKey.customerManagedKey,
        privateEndpoint: network.privateEndpoint,
        diagnosticSettings: diagnostics,
        protect,
        ...args.storage,
        tags: tagsFor(args.storage?.tags),
      },
      child,
    );
    const workspace = new PrivateMlWorkspace(
      `${name}-mlw`,
      {
        ...common,
        workspaceName: `mlw-${name}`,
        customerManagedKey: encryptionKey.customerManagedKey,
        keyVaultResourceId: keyVault.resourceId,
        storageAccountResourceId: storage.resourceId,
        applicationInsightsResourceId: observability.applicationInsightsResourceId,
        privateEndpoint: network.privateEndpoint,
        diagnosticSettings: diagnostics,
        protect,
        ...args.workspace,
        tags: tagsFor(args.workspace?.tags),
      },
      child,
    );
    const inWorkspace = { resourceGroupName: rg, workspaceName: workspace.name };
    // The ID is composed from known names and depends on the registry, so the replica both waits
    // for it and names it during preview.
    const registryName = nameFromResourceId(workspace.containerRegistryResourceId);
    for (const replicaLocation of args.containerRegistryReplicaLocations ?? []) {
      new containerregistry.Replication(
        `${name}-registry-replica-${replicaLocation}`,
        {
          resourceGroupName: rg,
          registryName,
          replicationName: replicaLocation,
          location: replicaLocation,
          zoneRedundancy: "Enabled",
          regionEndpointEnabled: true,
          tags: tagsFor(args.workspace?.tags),
        },
        child,
      );
    }

    const trainingCluster = new TrainingCluster(
      `${name}-training`,
      {
        ...inWorkspace,
        location,
        computeName: "training",
        storageAccountResourceId: workspace.storageAccountResourceId,
        containerRegistryResourceId: workspace.containerRegistryResourceId,
        ...args.trainingCluster,
        tags: tagsFor(args.trainingCluster?.tags),
      },
      child,
    );

    let inferenceCluster: InferenceCluster | undefined;
    if (args.enableInferenceCluster === true) {
      const aks = args.inferenceCluster ?? {};
      // The zone's key encrypts node disks unless the overrides choose another way.
      const ownDiskEncryption =
        aks.diskEncryptionSetResourceId !== undefined || aks.platformManagedDiskKeys === true;
      inferenceCluster = new InferenceCluster(
        `${name}-aks`,
        {
          ...common,
          systemSubnetResourceId: network.subnetResourceIds.aksSystem,
          inferenceSubnetResourceId: network.subnetResourceIds.aksInference,
          systemSubnetAddressPrefix: network.subnetAddressPrefixes.aksSystem,
          inferenceSubnetAddressPrefix: network.subnetAddressPrefixes.aksInference,
          logAnalyticsWorkspaceResourceId: observability.logAnalyticsWorkspaceResourceId,
          diagnosticSettings: diagnostics,
          machineLearningWorkspaceResourceId: workspace.resourceId,
          diskEncryptionKey: ownDiskEncryption ? undefined : encryptionKey.diskEncryptionKey,
          protect,
          ...args.inferenceCluster,
          tags: tagsFor(args.inferenceCluster?.tags),
        },
        child,
      );
    }

    let openAi: PrivateOpenAi | undefined;
    let openAiKey: EncryptionKey | undefined;
    if (args.enableOpenAi === true) {
      // Azure AI services accept only 2048-bit RSA keys: the account gets a key of its own.
      // Same vault, key type and rotation as the zone's key; its own name and identity.
      openAiKey = new EncryptionKey(
        `${name}-openai-cmk`,
        {
          ...common,
          keyVaultResourceId: keyVault.resourceId,
          keyType:
            args.encryptionKey?.keyType ?? (keyVault.skuName === "standard" ? "RSA" : "RSA-HSM"),
          rotateAfter: args.encryptionKey?.rotateAfter,
          expiresAfter: args.encryptionKey?.expiresAfter,
          keySize: 2048,
          protect,
          tags: tagsFor(args.encryptionKey?.tags),
        },
        child,
      );
      openAi = new PrivateOpenAi(
        `${name}-openai`,
        {
          ...common,
          customerManagedKey: openAiKey.customerManagedKey,
          privateEndpoint: network.privateEndpoint,
          diagnosticSettings: diagnostics,
          protect,
          ...args.openAi,
          tags: tagsFor(args.openAi?.tags),
        },
        child,
      );
    }

    const endpoint = new AuthenticatedEndpoint(
      `${name}-endpoint`,
      {
        ...inWorkspace,
        location,
        computeResourceId: inferenceCluster?.computeResourceId,
        diagnosticSettings: diagnostics,
        identityRoleAssignments: openAi
          ? [
              {
                roleDefinitionIdOrName: "Cognitive Services OpenAI User",
                scopeResourceId: openAi.resourceId,
                key: "openai",
              },
            ]
          : [],
        ...args.endpoint,
        tags: tagsFor(args.endpoint?.tags),
      },
      child,
    );

    const withCollection = (slot: SlotArgs | undefined): SlotArgs | undefined =>
      slot && { dataCollection: args.dataCollection, ...slot };
    const deployment = new BlueGreenDeployment(
      `${name}-slots`,
      {
        ...args.blueGreen,
        endpoint: endpoint.target,
        blue: withCollection(args.slots.blue),
        green: withCollection(args.slots.green),
        tags: tagsFor(args.blueGreen?.tags),
      },
      child,
    );

    const modelMonitors: Partial<Record<SlotKey, ModelMonitor>> = {};
    if (args.modelMonitor !== undefined) {
      for (const key of Object.keys(args.slots) as SlotKey[]) {
        const slot = args.slots[key];
        if (slot === undefined) continue;
        modelMonitors[key] = new ModelMonitor(
          `${name}-monitor-${key}`,
          {
            ...inWorkspace,
            location,
            emails: args.alertEmails,
            userAssignedIdentityResourceId: trainingCluster.identityResourceId,
            ...args.modelMonitor,
            scheduleName: `monitor-${key}`,
            endpointName: endpoint.name,
            deploymentName: slot.deploymentName ?? key,
            actionGroupResourceId: observability.actionGroupResourceId,
            logAnalyticsWorkspaceResourceId: observability.logAnalyticsWorkspaceResourceId,
            tags: tagsFor(args.modelMonitor.tags),
          },
          { parent: this, dependsOn: [deployment] },
        );
      }
    }

    // Alerts on the zone's own resources, to the Observability action group. They are created
    // here because the Observability workspace must exist before the resources it watches.
    createAlertRules(
      {
        componentName: name,
        resourceGroupName: rg,
        location,
        actionGroupResourceId: observability.actionGroupResourceId,
        tags,
        parent: this,
      },
      {
        onlineEndpoints: {
          endpointResourceIds: { main: endpoint.resourceId },
          deploymentResourceIds: slotDeploymentIds(endpoint, deployment),
        },
        keyVaults: { vaultResourceIds: { main: keyVault.resourceId } },
        storageAccounts: { accountResourceIds: { main: storage.resourceId } },
        aks: inferenceCluster
          ? { clusterResourceIds: { main: inferenceCluster.resourceId } }
          : undefined,
        aiAccounts: openAi ? { accountResourceIds: { main: openAi.resourceId } } : undefined,
      },
    );

    this.tags = tags;
    this.network = network;
    this.observability = observability;
    this.budget = budget;
    this.keyVault = keyVault;
    this.encryptionKey = encryptionKey;
    this.storage = storage;
    this.workspace = workspace;
    this.trainingCluster = trainingCluster;
    this.inferenceCluster = inferenceCluster;
    this.endpoint = endpoint;
    this.deployment = deployment;
    this.modelMonitors = modelMonitors;
    this.openAi = openAi;
    this.openAiKey = openAiKey;
    this.scoringUri = endpoint.scoringUri;
    this.traffic = deployment.traffic;
    this.registerOutputs({
      workspaceResourceId: workspace.resourceId,
      endpointResourceId: endpoint.resourceId,
      scoringUri: this.scoringUri,
      traffic: this.traffic,
    });
  }
}

/** Each slot's deployment ID, composed from known names so it stays known during preview. */
function slotDeploymentIds(
  endpoint: AuthenticatedEndpoint,
  deployment: BlueGreenDeployment,
): Record<string, pulumi.Output<string>> {
  const ids: Record<string, pulumi.Output<string>> = {};
  for (const key of Object.keys(deployment.deployments) as SlotKey[]) {
    const resource = deployment.deployments[key];
    const deploymentName = deployment.deploymentNames[key];
    if (resource === undefined || deploymentName === undefined) continue;
    ids[key] = afterResource(
      resource,
      pulumi.interpolate`${endpoint.resourceId}/deployments/${deploymentName}`,
    );
  }
  return ids;
}

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The composite's own checks; each child validates its own arguments (overrides included). */
function validate(name: string, args: AiLandingZoneArgs): void {
  const v = new InputValidator("ailz:index:AiLandingZone", name);
  v.check(
    /^[a-z][a-z0-9-]{1,22}$/.test(name),
    "name",
    "must be 2-23 lowercase letters, digits or hyphens starting with a letter: it prefixes the names of every child",
  );
  v.check(
    typeof args.environment === "string" && ENVIRONMENT.test(args.environment),
    "environment",
    "must be 1-32 letters, digits or hyphens, e.g. dev or prod",
  );
  for (const key of ["costCenter", "owner"] as const) {
    v.check(
      typeof args[key] === "string" && args[key].trim() !== "",
      key,
      "is required and must not be empty: it becomes a cost-allocation tag",
    );
  }
  v.check(
    args.workload === undefined || args.workload.trim() !== "",
    "workload",
    "must not be empty; leave it out to use the component name",
  );
  v.report("tags", tagProblems(args.tags));
  for (const key of requiredTagNames) {
    v.check(
      args.tags === undefined || !(key in args.tags),
      `tags.${key}`,
      "is set from costCenter, owner, environment and workload; set it there",
    );
  }
  v.check(
    Array.isArray(args.alertEmails) && args.alertEmails.length > 0,
    "alertEmails",
    "needs at least one address for alerts and budget notifications",
  );
  (args.alertEmails ?? []).forEach((email, i) =>
    v.check(EMAIL.test(email), `alertEmails[${i}]`, `"${email}" is not an e-mail address`),
  );
  v.check(
    typeof args.budgetAmount === "number" &&
      Number.isFinite(args.budgetAmount) &&
      args.budgetAmount > 0,
    "budgetAmount",
    "must be a number above 0 (the monthly budget in the billing currency)",
  );
  const slots = args.slots ?? {};
  const present = (Object.keys(slots) as SlotKey[]).filter((k) => slots[k] !== undefined);
  v.check(
    present.length > 0,
    "slots",
    "needs a blue or a green slot (or both) with model, environmentId and weight",
  );
  for (const key of Object.keys(slots)) {
    v.check(key === "blue" || key === "green", `slots.${key}`, "only blue and green slots exist");
  }
  validateDataCollection(v, "dataCollection", args.dataCollection);
  (args.containerRegistryReplicaLocations ?? []).forEach((replica, i) => {
    v.check(
      /^[a-z][a-z0-9]{4,49}$/.test(replica),
      `containerRegistryReplicaLocations[${i}]`,
      `"${replica}" is not a region name: use Azure's lowercase form, e.g. northeurope`,
    );
    v.check(
      replica !== args.location,
      `containerRegistryReplicaLocations[${i}]`,
      "is the zone's own region; a replica must be in another region",
    );
  });
  v.check(
    args.enableInferenceCluster === true || args.inferenceCluster === undefined,
    "inferenceCluster",
    "is set while enableInferenceCluster is not true: enable the cluster or drop its overrides",
  );
  v.check(
    args.enableOpenAi === true || args.openAi === undefined,
    "openAi",
    "is set while enableOpenAi is not true: enable the account or drop its overrides",
  );
  v.check(
    args.keyVault?.skuName !== "standard" || args.encryptionKey?.keyType !== "RSA-HSM",
    "encryptionKey.keyType",
    'is "RSA-HSM" while keyVault.skuName is "standard": HSM-protected keys need a premium vault',
  );
  if (args.enableInferenceCluster === true) {
    const aks = args.inferenceCluster ?? {};
    v.check(
      aks.routeTableResourceId !== undefined || aks.natGatewayResourceId !== undefined,
      "inferenceCluster.routeTableResourceId",
      "is required with enableInferenceCluster: AKS egress goes through a route table to a firewall (or set outboundType userAssignedNATGateway and natGatewayResourceId)",
    );
    v.report(
      "inferenceCluster.routeTableResourceId",
      resourceIdProblem(aks.routeTableResourceId, "Microsoft.Network/routeTables"),
    );
  }
  v.throwIfInvalid();
}
