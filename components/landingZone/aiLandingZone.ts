/*
 * The composite, in the order it runs: `resolve` (resolve.ts) applies the zone's defaults once,
 * `validate` (validate.ts) checks the arguments, then one builder per child or child group, each
 * in its own file, passed the siblings it depends on.
 *
 * Adding an optional child:
 * 1. args.ts: `enable<Child>?: boolean` (or an options object) and `<child>?: Partial<<Child>Args>`
 *    overrides, with JSDoc and `@default`.
 * 2. `<child>.ts` beside this file (inferenceCluster.ts and openAi.ts are the models):
 *    `wants<Child>(zone)`, `<child>Args(zone, deps)` (the zone's defaults, then the override, then
 *    the tags from `zone.tagsFor`) and `build<Child>(zone, parent, deps)`, where `deps` picks only
 *    the siblings' fields it reads.
 * 3. validate.ts: refuse `<child>` overrides while the child is not enabled.
 * 4. Here: a `public readonly <child>: <Child> | undefined`, one line that builds it when wanted
 *    (after the siblings it needs), its alerts in the `buildAlerts` call, and the assignment.
 */
import * as pulumi from "@pulumi/pulumi";
import type { InferenceCluster } from "../aks";
import type { DiagnosticSettingArgs, Tags } from "../common";
import type { PrivateOpenAi } from "../genai";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import type { ModelMonitor, TrainingCluster } from "../ml/mlops";
import type { AuthenticatedEndpoint, BlueGreenDeployment, SlotKey } from "../ml/serving";
import type { CostGuardrails, Observability } from "../monitoring";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey, KeyVault } from "../security";
import type { CmkStorageAccount } from "../storage";
import { buildAlerts } from "./alerts";
import type { AiLandingZoneArgs } from "./args";
import { buildInferenceCluster, wantsInferenceCluster } from "./inferenceCluster";
import { buildEncryptionKey, buildKeyVault } from "./keyVault";
import { buildModelMonitors } from "./modelMonitors";
import { buildNetwork } from "./network";
import { buildBudget, buildObservability } from "./observability";
import { buildOpenAi, wantsOpenAi } from "./openAi";
import { resolve, TOKEN } from "./resolve";
import { buildEndpoint, buildSlots, slotDeploymentIds } from "./serving";
import { buildStorage } from "./storage";
import { buildTrainingCluster } from "./training";
import { validate } from "./validate";
import { buildWorkspace } from "./workspace";

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
    super(TOKEN, name, {}, opts);
    validate(name, args);
    const zone = resolve(name, args);

    const network = buildNetwork(zone, this);
    const observability = buildObservability(zone, this);
    const diagnostics: DiagnosticSettingArgs[] = observability.diagnosticSettings;
    const budget = buildBudget(zone, this, { observability });
    const keyVault = buildKeyVault(zone, this, { network, diagnostics });
    const encryptionKey = buildEncryptionKey(zone, this, { keyVault });
    const storage = buildStorage(zone, this, { network, encryptionKey, diagnostics });
    const workspace = buildWorkspace(zone, this, {
      network,
      observability,
      keyVault,
      encryptionKey,
      storage,
      diagnostics,
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
    const { openAi, openAiKey } = wantsOpenAi(zone)
      ? buildOpenAi(zone, this, { keyVault, network, diagnostics })
      : { openAi: undefined, openAiKey: undefined };
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
      aiAccounts: openAi ? { accountResourceIds: { main: openAi.resourceId } } : undefined,
    });

    this.tags = zone.tags;
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
