/*
 * The composite, in the order it runs: `resolve` (resolve.ts) applies the zone's defaults once;
 * `validate` (validate.ts) checks the zone's arguments and every child's arguments as the zone
 * would build them, before anything exists, into one error at the zone's paths; then one builder
 * per child or child group, each in its own file, passed the siblings it depends on.
 *
 * Adding an optional child:
 * 1. args.ts: `enable<Child>?: boolean` (or an options object) and `<child>?: Partial<<Child>Args>`
 *    overrides, with JSDoc and `@default`.
 * 2. `<child>.ts` beside this file (inferenceCluster.ts and openAi.ts are the models):
 *    `wants<Child>(zone)`; `<child>Args(zone, deps)` (the zone's defaults, then the override,
 *    then the tags from `zone.tagsFor`), where `deps` picks only the siblings' fields it reads;
 *    `validate<Child>(v, zone, deps)`, which passes `<child>Args` to the child's exported
 *    `validate<Child>Args` with `v.within("<child>")`; and `build<Child>(zone, parent, deps)`.
 * 3. validate.ts: refuse `<child>` overrides while the child is not enabled, and one line in
 *    `validateChildren`. When later children read the new one, give it a stand-in in
 *    standIns.ts (the values its arguments decide; `later()` for IDs and names).
 * 4. Here: a `public readonly <child>: <Child> | undefined`, one line that builds it when wanted
 *    (after the siblings it needs), its alerts in the `buildAlerts` call, and the assignment.
 */
import * as pulumi from "@pulumi/pulumi";
import type { InferenceCluster } from "../aks";
import type {
  Bastion,
  BuildAgents,
  EgressFirewall,
  HubPeering,
  JumpBox,
  VirtualHubConnection,
} from "../hub";
import type { DiagnosticSettingArgs, Tags } from "../common";
import type { AiFoundry, AiGateway, PrivateCosmosDb, PrivateOpenAi, PrivateSearch } from "../genai";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import type { PrivateMlRegistry } from "../ml/mlRegistry";
import type { ModelMonitor, RetrainingSchedule, TrainingCluster } from "../ml/mlops";
import type { AuthenticatedEndpoint, BlueGreenDeployment, SlotKey } from "../ml/serving";
import type { GovernanceBaseline } from "../governance";
import type { CostGuardrails, Observability } from "../monitoring";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey, KeyVault } from "../security";
import type { CmkStorageAccount } from "../storage";
import { buildAlerts } from "./alerts";
import type { AiLandingZoneArgs } from "./args";
import {
  buildHubConnection,
  buildHubFirewall,
  buildHubPeering,
  hubEgress,
  wantsHubFirewall,
} from "./hub";
import { buildGovernance, wantsGovernance } from "./governance";
import { buildInferenceCluster, wantsInferenceCluster } from "./inferenceCluster";
import { buildEncryptionKey, buildKeyVault } from "./keyVault";
import { buildModelMonitors } from "./modelMonitors";
import { buildNetwork } from "./network";
import { buildBudget, buildObservability } from "./observability";
import { buildCosmos, wantsCosmos } from "./cosmos";
import { buildFoundry, wantsFoundry } from "./foundry";
import { buildGateway, wantsGateway } from "./gateway";
import { buildOpenAi, buildOpenAiKey, wantsAiServicesKey, wantsOpenAi } from "./openAi";
import { buildRegistry, buildRegistryAccess, wantsRegistry } from "./registry";
import { buildOperatorAccess, wantsOperatorAccess } from "./operatorAccess";
import { resolve, TOKEN } from "./resolve";
import { buildRetraining, wantsRetraining } from "./retraining";
import { buildSearch, wantsSearch } from "./search";
import { buildEndpoint, buildSlots, slotDeploymentIds } from "./serving";
import { buildStorage } from "./storage";
import { buildTrainingCluster } from "./training";
import { validate } from "./validate";
import { buildWorkspace } from "./workspace";

/**
 * A complete, WAF-aligned AI landing zone: a private network; a Key Vault with a rotating
 * customer-managed key; CMK storage; a private, isolated Azure ML workspace; a training cluster;
 * an authenticated online endpoint with blue and green slots, data collection and model
 * monitors; observability, alerts and a budget; optionally a retraining schedule, an Azure ML
 * registry for promotion, an AKS inference cluster, a private Azure OpenAI account, the GenAI
 * platform (an AI Foundry account with an agent project, AI Search, Cosmos DB and an API
 * Management AI gateway), egress through a hub firewall with hub peering, and operator access
 * (Bastion, a jump box, build agents). Every child gets the zone's cost tags and its diagnostics.
 */
export class AiLandingZone extends pulumi.ComponentResource {
  public readonly tags: Tags;
  public readonly network: LandingZoneNetwork;
  /** The hub and its firewall, with `hub.mode: "create"`. */
  public readonly hubFirewall: EgressFirewall | undefined;
  /** The spoke's peering with the created or brought hub VNet. */
  public readonly hubPeering: HubPeering | undefined;
  /** The spoke's connection to the Virtual WAN hub, with `hub.mode: "virtualWan"`. */
  public readonly hubConnection: VirtualHubConnection | undefined;
  /** Operator access, with `operatorAccess`. */
  public readonly bastion: Bastion | undefined;
  public readonly jumpBox: JumpBox | undefined;
  public readonly buildAgents: BuildAgents | undefined;
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
  /** The retraining schedule, with `training`. */
  public readonly retraining: RetrainingSchedule | undefined;
  /** The Azure ML registry models are promoted through, with `enableRegistry`. */
  public readonly registry: PrivateMlRegistry | undefined;
  public readonly openAi: PrivateOpenAi | undefined;
  /**
   * The 2048-bit key of the Azure OpenAI and AI Foundry accounts (Azure AI services accept no
   * other size), with `enableOpenAi` or `enableFoundry`.
   */
  public readonly openAiKey: EncryptionKey | undefined;
  /** The AI Foundry account and its projects, with `enableFoundry`. */
  public readonly foundry: AiFoundry | undefined;
  /** The AI Search service, with `enableSearch`. */
  public readonly search: PrivateSearch | undefined;
  /** The Cosmos DB account for agent threads, with `enableCosmos`. */
  public readonly cosmos: PrivateCosmosDb | undefined;
  /** The API Management AI gateway, with `enableGateway`. */
  public readonly gateway: AiGateway | undefined;
  /** The Azure Policy baseline generated from the pack (see `enableGovernance`). */
  public readonly governance: GovernanceBaseline | undefined;
  /** The endpoint's scoring URI (reached through the workspace's private endpoint). */
  public readonly scoringUri: pulumi.Output<string>;
  /** Live traffic by deployment name. */
  public readonly traffic: pulumi.Output<Record<string, number>>;

  constructor(name: string, args: AiLandingZoneArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const zone = resolve(name, args);
    validate(zone);

    const observability = buildObservability(zone, this);
    const diagnostics: DiagnosticSettingArgs[] = observability.diagnosticSettings;
    const hubFirewall = wantsHubFirewall(zone)
      ? buildHubFirewall(zone, this, { diagnostics })
      : undefined;
    const network = buildNetwork(zone, this, { egress: hubEgress(zone, hubFirewall) });
    const hubPeering = buildHubPeering(zone, this, { network, firewall: hubFirewall });
    const hubConnection = buildHubConnection(zone, this, { network });
    const operators = wantsOperatorAccess(zone)
      ? buildOperatorAccess(zone, this, { network, diagnostics })
      : undefined;
    const budget = buildBudget(zone, this, { observability });
    const keyVault = buildKeyVault(zone, this, { network, diagnostics });
    const encryptionKey = buildEncryptionKey(zone, this, { keyVault });
    const storage = buildStorage(zone, this, { network, encryptionKey, diagnostics });
    const registry = wantsRegistry(zone)
      ? buildRegistry(zone, this, { network, diagnostics })
      : undefined;
    const workspace = buildWorkspace(zone, this, {
      network,
      observability,
      keyVault,
      encryptionKey,
      storage,
      diagnostics,
      registry,
    });
    const trainingCluster = buildTrainingCluster(zone, this, { workspace });
    const inferenceCluster = wantsInferenceCluster(zone)
      ? buildInferenceCluster(zone, this, {
          network,
          observability,
          workspace,
          encryptionKey,
          diagnostics,
        })
      : undefined;
    const openAiKey = wantsAiServicesKey(zone)
      ? buildOpenAiKey(zone, this, { keyVault })
      : undefined;
    const openAi = wantsOpenAi(zone)
      ? buildOpenAi(zone, this, { network, openAiKey: openAiKey!, diagnostics })
      : undefined;
    const search = wantsSearch(zone)
      ? buildSearch(zone, this, { network, diagnostics })
      : undefined;
    const cosmos = wantsCosmos(zone)
      ? buildCosmos(zone, this, { network, encryptionKey, diagnostics })
      : undefined;
    const foundry = wantsFoundry(zone)
      ? buildFoundry(zone, this, {
          network,
          openAiKey: openAiKey!,
          diagnostics,
          storage,
          search,
          cosmos,
        })
      : undefined;
    const gateway = wantsGateway(zone)
      ? buildGateway(zone, this, { network, observability, diagnostics, foundry, openAi })
      : undefined;
    const endpoint = buildEndpoint(zone, this, {
      workspace,
      inferenceCluster,
      openAi,
      diagnostics,
    });
    const deployment = buildSlots(zone, this, { endpoint });
    const modelMonitors = buildModelMonitors(zone, this, {
      workspace,
      trainingCluster,
      endpoint,
      observability,
      deployment,
    });
    const retraining = wantsRetraining(zone)
      ? buildRetraining(zone, this, {
          workspace,
          trainingCluster,
          dependsOn: Object.values(modelMonitors),
        })
      : undefined;
    if (registry !== undefined)
      buildRegistryAccess(zone, this, registry, { workspace, trainingCluster, endpoint });

    const governance = wantsGovernance(zone)
      ? buildGovernance(zone, this, { workspace, inferenceCluster })
      : undefined;

    buildAlerts(zone, this, observability.actionGroupResourceId, {
      onlineEndpoints: {
        endpointResourceIds: { main: endpoint.resourceId },
        deploymentResourceIds: slotDeploymentIds(endpoint, deployment),
      },
      keyVaults: { vaultResourceIds: { main: keyVault.resourceId } },
      storageAccounts: { accountResourceIds: { main: storage.resourceId } },
      aks: inferenceCluster
        ? { clusterResourceIds: { main: inferenceCluster.resourceId } }
        : undefined,
      aiAccounts:
        openAi || foundry
          ? {
              accountResourceIds: {
                ...(openAi ? { main: openAi.resourceId } : {}),
                ...(foundry ? { foundry: foundry.resourceId } : {}),
              },
            }
          : undefined,
    });

    this.tags = zone.tags;
    this.network = network;
    this.hubFirewall = hubFirewall;
    this.hubPeering = hubPeering;
    this.hubConnection = hubConnection;
    this.bastion = operators?.bastion;
    this.jumpBox = operators?.jumpBox;
    this.buildAgents = operators?.buildAgents;
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
    this.retraining = retraining;
    this.registry = registry;
    this.openAi = openAi;
    this.openAiKey = openAiKey;
    this.foundry = foundry;
    this.search = search;
    this.cosmos = cosmos;
    this.gateway = gateway;
    this.governance = governance;
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
