import * as assert from "assert";
import { AiLandingZone, AiLandingZoneArgs } from "../../components";
import { requiredTagNames } from "../../components/landingZone";
import { governanceEnabled } from "../../components/landingZone/governance";
import { assertInputErrors } from "../helpers/inputErrors";
import { group, hub, rg } from "../helpers/fixtures";
import { OptionsRecorder, RecorderMocks, settle, unwrap, useMocks } from "../helpers/mocks";

const ML = "azure-native:machinelearningservices";
const ASSIGNMENT = "azure-native:authorization:PolicyAssignment";
const routeTable = `${hub}/providers/Microsoft.Network/routeTables/rt-spoke`;
const law = `${group}/providers/Microsoft.OperationalInsights/workspaces/log-lz-obs`;
const vaultName = (mocks: RecorderMocks) =>
  mocks.one("azure-native:keyvault:Vault").inputs.vaultName;

const slot = (weight: number, version: number) => ({
  model: `azureml:credit:${version}`,
  environmentId: "azureml:sklearn:1",
  weight,
});

const args = (extra: Partial<AiLandingZoneArgs> = {}): AiLandingZoneArgs => ({
  resourceGroupName: rg,
  location: "swedencentral",
  environment: "prod",
  costCenter: "cc-42",
  owner: "ml-platform",
  alertEmails: ["ops@contoso.com"],
  budgetAmount: 2000,
  slots: { blue: slot(90, 1), green: slot(10, 2) },
  ...extra,
});

const monitor = {
  taskType: "Classification" as const,
  baselineDataUri: "azureml:credit-training:3",
  baselineTargetColumn: "default",
};

const aks = {
  routeTableResourceId: routeTable,
  inferenceRouterTls: { cname: "scoring.contoso.internal", secretName: "router-tls" },
};

/** Logical names of the composite's direct component children, by type. */
function components(mocks: RecorderMocks): string[] {
  return mocks.resources
    .filter((r) => r.type.startsWith("ailz:"))
    .map((r) => `${r.type} ${r.name}`)
    .sort();
}

describe("AiLandingZone with defaults", () => {
  // One zone for every spec here: building it is the slow part.
  let mocks: RecorderMocks;
  const recorder = new OptionsRecorder();
  let zone: AiLandingZone;
  before(async () => {
    mocks = await useMocks();
    zone = new AiLandingZone("lz", args(), { transformations: [recorder.transformation] });
    await settle();
  });

  it("creates network, vault, key, storage, workspace, training, endpoint, slots, observability and budget; no AKS, OpenAI or monitor", () => {
    const own = components(mocks).filter((c) => !c.startsWith("ailz:index"));
    for (const expected of [
      "ailz:network:LandingZoneNetwork lz-network",
      "ailz:monitoring:Observability lz-obs",
      "ailz:monitoring:CostGuardrails lz-budget",
      "ailz:security:KeyVault lz-kv",
      "ailz:security:EncryptionKey lz-cmk",
      "ailz:storage:CmkStorageAccount lz-data",
      "ailz:ml:PrivateMlWorkspace lz-mlw",
      "ailz:ml:TrainingCluster lz-training",
      "ailz:ml:AuthenticatedEndpoint lz-endpoint",
      "ailz:ml:BlueGreenDeployment lz-slots",
    ]) {
      assert.ok(own.includes(expected), `${expected} in ${own.join(", ")}`);
    }
    assert.deepStrictEqual(mocks.ofType("azure-native:containerservice:ManagedCluster"), []);
    assert.deepStrictEqual(mocks.ofType("azure-native:cognitiveservices:Account"), []);
    assert.deepStrictEqual(mocks.ofType(`${ML}:Schedule`), []);
    assert.strictEqual(zone.inferenceCluster, undefined);
    assert.strictEqual(zone.openAi, undefined);
    assert.deepStrictEqual(zone.modelMonitors, {});
  });

  it("governs a prod zone: the pack's Azure Policy equivalents at its resource group, no in-cluster policy", async () => {
    assert.ok(zone.governance);
    assert.deepStrictEqual(
      components(mocks).filter((c) => c.startsWith("ailz:governance")),
      ["ailz:governance:GovernanceBaseline lz-governance"],
    );
    const assignments = mocks.ofType(ASSIGNMENT);
    // The pack's defaults at a resource group: 72 definitions, less Defender for Storage (it
    // judges the subscription) and Allowed locations (no allowed locations), plus two more tags.
    assert.strictEqual(assignments.length, 72);
    assert.strictEqual((await unwrap(zone.governance!.assignments)).length, 72);
    for (const a of assignments) assert.strictEqual(a.inputs.scope, group, a.name);
    const noBlobAccess = mocks.one(
      ASSIGNMENT,
      "lz-governance-storage-account-no-blob-public-access",
    );
    assert.deepStrictEqual(noBlobAccess.inputs.parameters, { effect: { value: "Deny" } });
  });

  it("gives the workspace the zone's vault, key, storage and Application Insights, so it creates none of its own", async () => {
    assert.strictEqual(mocks.ofType("azure-native:keyvault:Vault").length, 1);
    assert.strictEqual(mocks.ofType("azure-native:storage:StorageAccount").length, 1);
    assert.strictEqual(mocks.ofType("azure-native:operationalinsights:Workspace").length, 1);
    assert.strictEqual(mocks.ofType("azure-native:applicationinsights:Component").length, 1);
    const ws = mocks.one(`${ML}:Workspace`).inputs;
    const storage = mocks.one("azure-native:storage:StorageAccount").inputs.accountName;
    assert.strictEqual(ws.workspaceName, "mlw-lz");
    assert.strictEqual(
      ws.keyVault,
      `${group}/providers/Microsoft.KeyVault/vaults/${vaultName(mocks)}`,
    );
    assert.strictEqual(
      ws.storageAccount,
      `${group}/providers/Microsoft.Storage/storageAccounts/${storage}`,
    );
    assert.strictEqual(
      ws.applicationInsights,
      `${group}/providers/Microsoft.Insights/components/appi-lz-obs`,
    );
    assert.strictEqual(ws.publicNetworkAccess, "Disabled");
    assert.strictEqual(ws.hbiWorkspace, true);
    assert.strictEqual(ws.managedNetwork.isolationMode, "AllowOnlyApprovedOutbound");
    assert.strictEqual(
      ws.encryption.keyVaultProperties.keyVaultArmId,
      `${group}/providers/Microsoft.KeyVault/vaults/${vaultName(mocks)}`,
    );
    assert.strictEqual(ws.encryption.status, "Enabled");
    assert.strictEqual(
      await unwrap(zone.workspace.keyVaultResourceId),
      await unwrap(zone.keyVault.resourceId),
    );
  });

  it("keeps the zone's key in the premium vault's HSMs", () => {
    assert.deepStrictEqual(mocks.one("azure-native:keyvault:Vault").inputs.properties.sku, {
      family: "A",
      name: "premium",
    });
    assert.strictEqual(mocks.one("azure-native:keyvault:Key").inputs.properties.kty, "RSA-HSM");
  });

  it("serves over a private, Entra ID-authenticated managed endpoint with both slots and data collection", () => {
    const ep = mocks.one(`${ML}:OnlineEndpoint`).inputs;
    assert.strictEqual(ep.workspaceName, "mlw-lz");
    assert.strictEqual(ep.properties.authMode, "AADToken");
    assert.strictEqual(ep.properties.publicNetworkAccess, "Disabled");
    assert.strictEqual(ep.properties.compute, undefined);
    const deployments = mocks.ofType(`${ML}:OnlineDeployment`);
    assert.deepStrictEqual(deployments.map((d) => d.inputs.deploymentName).sort(), [
      "blue",
      "green",
    ]);
    for (const d of deployments) {
      const props = d.inputs.properties;
      assert.strictEqual(props.egressPublicNetworkAccess, "Disabled");
      assert.deepStrictEqual(props.dataCollector.collections, {
        model_inputs: { dataCollectionMode: "Enabled", samplingRate: 1 },
        model_outputs: { dataCollectionMode: "Enabled", samplingRate: 1 },
      });
      assert.deepStrictEqual(props.dataCollector.requestLogging, { captureHeaders: [] });
    }
  });

  it("puts the four cost tags on every azure-native resource that takes tags", () => {
    const tagged = mocks.resources.filter(
      (r) => r.type.startsWith("azure-native:") && r.inputs.tags !== undefined,
    );
    assert.ok(tagged.length > 30, `only ${tagged.length} tagged resources`);
    for (const r of tagged) {
      assert.deepStrictEqual(
        requiredTagNames.map((k) => r.inputs.tags[k]),
        ["cc-42", "ml-platform", "prod", "lz"],
        `${r.type} ${r.name}`,
      );
    }
    assert.deepStrictEqual(zone.tags, {
      "cost-center": "cc-42",
      owner: "ml-platform",
      environment: "prod",
      workload: "lz",
    });
  });

  it("sends every diagnostic setting to the Observability workspace", () => {
    const settings = mocks.ofType("azure-native:monitor:DiagnosticSetting");
    assert.ok(settings.length >= 8, `only ${settings.length} diagnostic settings`);
    for (const s of settings) assert.strictEqual(s.inputs.workspaceId, law, s.name);
  });

  it("budgets the resource group and notifies the Observability action group", () => {
    const budget = mocks.one("azure-native:consumption:Budget").inputs;
    assert.strictEqual(budget.amount, 2000);
    assert.strictEqual(budget.scope, `/subscriptions/${group.split("/")[2]}/resourceGroups/${rg}`);
    assert.deepStrictEqual(Object.keys(budget.notifications).sort(), [
      "actual100",
      "actual50",
      "actual75",
      "actual90",
      "forecast100",
    ]);
    for (const n of Object.values<any>(budget.notifications)) {
      assert.deepStrictEqual(n.contactGroups, [
        `${group}/providers/Microsoft.Insights/actionGroups/ag-lz-obs`,
      ]);
    }
    const ag = mocks.one("azure-native:monitor:ActionGroup").inputs;
    assert.deepStrictEqual(
      ag.emailReceivers.map((e: any) => e.emailAddress),
      ["ops@contoso.com"],
    );
  });

  it("alerts on the endpoint, each slot's deployment, the vault's keys and the storage account", () => {
    const names = [
      ...mocks.ofType("azure-native:monitor:MetricAlert"),
      ...mocks.ofType("azure-native:monitor:ScheduledQueryRule"),
    ].map((r) => r.name);
    for (const n of [
      "lz-alert-endpoint-latency-main",
      "lz-alert-endpoint-5xx-main",
      "lz-alert-key-expiry-main",
      "lz-alert-storage-availability-main",
      "lz-alert-deployment-cpu-blue",
      "lz-alert-deployment-memory-green",
    ]) {
      assert.ok(names.includes(n), `${n} in ${names.join(", ")}`);
    }
  });

  it("protects the stateful children", () => {
    assert.strictEqual(recorder.protected("azure-native:keyvault:Vault", "lz-kv-vault"), true);
    assert.strictEqual(
      recorder.protected("azure-native:storage:StorageAccount", "lz-data-account"),
      true,
    );
    assert.strictEqual(recorder.protected(`${ML}:Workspace`, "lz-mlw-workspace"), true);
  });
});

describe("AiLandingZone with every optional child", () => {
  // One zone for every spec here: building it is the slow part.
  let mocks: RecorderMocks;
  let zone: AiLandingZone;
  before(async () => {
    mocks = await useMocks();
    zone = new AiLandingZone(
      "lz",
      args({
        modelMonitor: monitor,
        enableInferenceCluster: true,
        inferenceCluster: aks,
        enableOpenAi: true,
        containerRegistryReplicaLocations: ["northeurope"],
      }),
    );
    await settle();
  });

  it("with a model monitor, watches each slot's deployment and alerts the action group", () => {
    assert.deepStrictEqual(Object.keys(zone.modelMonitors).sort(), ["blue", "green"]);
    const schedules = mocks.ofType(`${ML}:Schedule`);
    const targets = schedules
      .map((s) => s.inputs.properties.action.monitorDefinition.monitoringTarget.deploymentId)
      .sort();
    const endpointName = mocks.one(`${ML}:OnlineEndpoint`).inputs.endpointName;
    const prefix = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-lz/onlineEndpoints/${endpointName}/deployments`;
    assert.deepStrictEqual(targets, [`${prefix}/blue`, `${prefix}/green`]);
    const rules = mocks
      .ofType("azure-native:monitor:ScheduledQueryRule")
      .filter((r) => r.name.startsWith("lz-monitor-"));
    assert.strictEqual(rules.length, 2);
    for (const r of rules) {
      assert.deepStrictEqual(r.inputs.actions.actionGroups, [
        `${group}/providers/Microsoft.Insights/actionGroups/ag-lz-obs`,
      ]);
    }
  });

  it("enableInferenceCluster adds the cluster and runs the endpoint on its Kubernetes compute", () => {
    assert.ok(zone.inferenceCluster);
    const cluster = mocks.one("azure-native:containerservice:ManagedCluster").inputs;
    assert.strictEqual(cluster.apiServerAccessProfile.enablePrivateCluster, true);
    assert.strictEqual(cluster.disableLocalAccounts, true);
    assert.strictEqual(cluster.networkProfile.outboundType, "userDefinedRouting");
    const vnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-lz-network/subnets`;
    assert.deepStrictEqual(
      cluster.agentPoolProfiles.map((p: any) => p.vnetSubnetID),
      [`${vnet}/snet-aksSystem`],
    );
    assert.strictEqual(
      mocks.one("azure-native:containerservice:AgentPool").inputs.vnetSubnetID,
      `${vnet}/snet-aksInference`,
    );
    const ep = mocks.one(`${ML}:OnlineEndpoint`).inputs.properties;
    assert.strictEqual(
      ep.compute,
      `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-lz/computes/aks-inference`,
    );
    assert.strictEqual(ep.authMode, "AMLToken");
    assert.strictEqual(ep.publicNetworkAccess, "Disabled");
    const names = mocks.ofType("azure-native:monitor:MetricAlert").map((r) => r.name);
    assert.ok(
      names.some((n) => n.startsWith("lz-alert-aks-")),
      names.join(", "),
    );
  });

  it("puts in-cluster policy on the inference cluster, admitting only the workspace's registry", async () => {
    const cluster = await unwrap(zone.inferenceCluster!.resourceId);
    const registry = mocks.one("azure-native:containerregistry:Registry").inputs.registryName;
    const inCluster = mocks
      .ofType(ASSIGNMENT)
      .filter((a) => a.name.startsWith("lz-governance-cluster-"));
    assert.strictEqual(inCluster.length, 3);
    for (const a of inCluster) assert.strictEqual(a.inputs.scope, cluster, a.name);
    const images = mocks.one(ASSIGNMENT, "lz-governance-cluster-allowed-images");
    assert.strictEqual(
      images.inputs.parameters.allowedContainerImagesRegex.value,
      `^(${registry}\\.azurecr\\.io)/.+$`,
    );
    assert.deepStrictEqual(images.inputs.parameters.effect, { value: "Deny" });
  });

  it("encrypts the cluster's node disks with the zone's key, through a disk encryption set", async () => {
    const set = mocks.one("azure-native:compute:DiskEncryptionSet").inputs;
    const key = zone.encryptionKey.diskEncryptionKey;
    assert.deepStrictEqual(set.activeKey, {
      keyUrl: await unwrap(key.keyUrlWithVersion),
      sourceVault: { id: await unwrap(zone.keyVault.resourceId) },
    });
    assert.deepStrictEqual(set.identity, {
      type: "UserAssigned",
      userAssignedIdentities: [await unwrap(zone.encryptionKey.identityResourceId)],
    });
    assert.strictEqual(
      mocks.one("azure-native:containerservice:ManagedCluster").inputs.diskEncryptionSetID,
      `${group}/providers/Microsoft.Compute/diskEncryptionSets/${set.diskEncryptionSetName}`,
    );
  });

  it("enableOpenAi adds a private, Entra-only account the endpoint identity may call", async () => {
    assert.ok(zone.openAi);
    const account = mocks.one("azure-native:cognitiveservices:Account").inputs;
    assert.strictEqual(account.properties.publicNetworkAccess, "Disabled");
    assert.strictEqual(account.properties.disableLocalAuth, true);
    assert.strictEqual(account.properties.encryption.keySource, "Microsoft.KeyVault");
    const endpointGrants = mocks
      .ofType("azure-native:authorization:RoleAssignment")
      .filter((r) => r.name.startsWith("lz-endpoint-"));
    assert.strictEqual(endpointGrants.length, 1);
    assert.match(
      endpointGrants[0].inputs.roleDefinitionId,
      /roleDefinitions\/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd$/,
    );
    assert.strictEqual(endpointGrants[0].inputs.scope, await unwrap(zone.openAi.resourceId));
  });

  it("enableOpenAi encrypts the account with a 2048-bit key of its own, the only size Azure AI services take", async () => {
    const keys = mocks.ofType("azure-native:keyvault:Key");
    assert.strictEqual(keys.length, 2);
    const sizes = Object.fromEntries(keys.map((k) => [k.inputs.keyName, k.inputs.properties]));
    assert.deepStrictEqual(
      Object.values(sizes)
        .map((p: any) => [p.kty, p.keySize])
        .sort(),
      [
        ["RSA-HSM", 2048],
        ["RSA-HSM", 3072],
      ],
    );
    const openAiKey = zone.openAiKey!;
    const keyName = await unwrap(openAiKey.keyName);
    assert.strictEqual(sizes[keyName].keySize, 2048);
    const account = mocks.one("azure-native:cognitiveservices:Account").inputs;
    assert.strictEqual(account.properties.encryption.keyVaultProperties.keyName, keyName);
    assert.deepStrictEqual(account.identity.userAssignedIdentities, [
      await unwrap(openAiKey.identityResourceId),
    ]);
    assert.notStrictEqual(
      await unwrap(openAiKey.identityResourceId),
      await unwrap(zone.encryptionKey.identityResourceId),
    );
  });

  it("enableOpenAi alerts on the account's availability and throttling, to the action group", async () => {
    const accountId = await unwrap(zone.openAi!.resourceId);
    const alerts = mocks
      .ofType("azure-native:monitor:MetricAlert")
      .filter((r) => r.name.startsWith("lz-alert-openai-"));
    assert.strictEqual(alerts.length, 2);
    const actionGroup = await unwrap(zone.observability.actionGroupResourceId);
    assert.deepStrictEqual(
      alerts.map((a) => [
        a.name,
        a.inputs.scopes,
        a.inputs.criteria.allOf[0].metricName,
        a.inputs.actions,
      ]),
      [
        [
          "lz-alert-openai-availability-main",
          [accountId],
          "AzureOpenAIAvailabilityRate",
          [{ actionGroupId: actionGroup }],
        ],
        [
          "lz-alert-openai-throttling-main",
          [accountId],
          "AzureOpenAIRequests",
          [{ actionGroupId: actionGroup }],
        ],
      ],
    );
  });

  it("replicates the workspace's registry to each replica region, by the registry's name", () => {
    assert.deepStrictEqual(mocks.ofType("azure-native:containerregistry:Replication").length, 1);
    const replica = mocks.one("azure-native:containerregistry:Replication").inputs;
    assert.strictEqual(
      replica.registryName,
      mocks.one("azure-native:containerregistry:Registry").inputs.registryName,
    );
    assert.strictEqual(replica.location, "northeurope");
    assert.strictEqual(replica.zoneRedundancy, "Enabled");
  });
});

describe("AiLandingZone with overrides", () => {
  // One zone for every spec here: building it is the slow part.
  let mocks: RecorderMocks;
  const recorder = new OptionsRecorder();
  before(async () => {
    mocks = await useMocks();
    new AiLandingZone(
      "lz",
      args({
        protect: false,
        network: { addressPrefixes: ["10.50.0.0/16"] },
        keyVault: { softDeleteRetentionInDays: 30, skuName: "standard" },
        storage: {
          skuName: "Standard_GZRS",
          tags: { tier: "data", owner: "someone-else" },
        } as AiLandingZoneArgs["storage"],
        workspace: { workspaceName: "mlw-credit" },
        trainingCluster: { maxNodeCount: 2 },
        endpoint: { endpointName: "credit-scoring" },
        observability: { retentionInDays: 180 },
        enableInferenceCluster: true,
        inferenceCluster: { ...aks, platformManagedDiskKeys: true },
        tags: { project: "credit" },
        enableGovernance: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
  });

  it("protect: false reaches every stateful child", () => {
    assert.strictEqual(recorder.protected("azure-native:keyvault:Vault", "lz-kv-vault"), false);
    assert.strictEqual(
      recorder.protected("azure-native:storage:StorageAccount", "lz-data-account"),
      false,
    );
    assert.strictEqual(recorder.protected(`${ML}:Workspace`, "lz-mlw-workspace"), false);
  });

  it("passes each override to its child, after the zone's defaults", () => {
    assert.deepStrictEqual(
      mocks.one("azure-native:network:VirtualNetwork").inputs.addressSpace.addressPrefixes,
      ["10.50.0.0/16"],
    );
    assert.strictEqual(
      mocks.one("azure-native:keyvault:Vault").inputs.properties.softDeleteRetentionInDays,
      30,
    );
    assert.strictEqual(
      mocks.one("azure-native:storage:StorageAccount").inputs.sku.name,
      "Standard_GZRS",
    );
    assert.strictEqual(mocks.one(`${ML}:Workspace`).inputs.workspaceName, "mlw-credit");
    assert.strictEqual(
      mocks.one(`${ML}:Compute`, "lz-training-compute").inputs.properties.properties.scaleSettings
        .maxNodeCount,
      2,
    );
    const ep = mocks.one(`${ML}:OnlineEndpoint`).inputs;
    assert.strictEqual(ep.endpointName, "credit-scoring");
    assert.strictEqual(ep.workspaceName, "mlw-credit");
    assert.strictEqual(
      mocks.one("azure-native:operationalinsights:Workspace").inputs.retentionInDays,
      180,
    );
    assert.strictEqual(mocks.one(`${ML}:Workspace`).inputs.tags.project, "credit");
    assert.strictEqual(mocks.one(`${ML}:Workspace`).inputs.tags["cost-center"], "cc-42");
  });

  it("a standard vault gets a software-protected key", () => {
    assert.strictEqual(
      mocks.one("azure-native:keyvault:Vault").inputs.properties.sku.name,
      "standard",
    );
    assert.strictEqual(mocks.one("azure-native:keyvault:Key").inputs.properties.kty, "RSA");
  });

  it("a cluster override that opts out of customer-managed disk keys gets no disk encryption set", () => {
    assert.deepStrictEqual(mocks.ofType("azure-native:compute:DiskEncryptionSet"), []);
    assert.strictEqual(
      mocks.one("azure-native:containerservice:ManagedCluster").inputs.diskEncryptionSetID,
      undefined,
    );
  });

  it("an override's tags refine the child's tags but cannot replace the cost tags", () => {
    const tags = mocks.one("azure-native:storage:StorageAccount").inputs.tags;
    assert.strictEqual(tags.tier, "data");
    assert.strictEqual(tags.owner, "ml-platform");
  });
});

describe("AiLandingZone", () => {
  before(async () => {
    await useMocks();
  });

  describe("bad input", () => {
    it("names every invalid tag, e-mail, amount and slot argument", () => {
      assertInputErrors(
        () =>
          new AiLandingZone("Bad_Name", {
            ...args(),
            environment: "prod env",
            costCenter: " ",
            owner: "",
            workload: "",
            alertEmails: ["ops-at-contoso"],
            budgetAmount: 0,
            slots: {},
            tags: { owner: "x" },
          }),
        [
          { propertyPath: "name", reason: "lowercase letters" },
          { propertyPath: "environment", reason: "letters, digits or hyphens" },
          { propertyPath: "costCenter", reason: "must not be empty" },
          { propertyPath: "owner", reason: "must not be empty" },
          { propertyPath: "workload", reason: "must not be empty" },
          { propertyPath: "alertEmails[0]", reason: "not an e-mail address" },
          { propertyPath: "budgetAmount", reason: "above 0" },
          { propertyPath: "slots", reason: "needs a blue or a green slot" },
          { propertyPath: "tags.owner", reason: "set it there" },
        ],
      );
    });

    it("requires at least one alert recipient and only blue or green slots", () => {
      assertInputErrors(
        () =>
          new AiLandingZone("lz", {
            ...args(),
            alertEmails: [],
            slots: { blue: slot(100, 1), canary: slot(0, 2) } as any,
          }),
        [
          { propertyPath: "alertEmails", reason: "at least one address" },
          { propertyPath: "slots.canary", reason: "only blue and green" },
        ],
      );
    });

    it("refuses overrides of a child that is not enabled", () => {
      assertInputErrors(
        () => new AiLandingZone("lz", args({ inferenceCluster: aks, openAi: { kind: "OpenAI" } })),
        [
          { propertyPath: "inferenceCluster", reason: "enableInferenceCluster is not true" },
          { propertyPath: "openAi", reason: "enableOpenAi is not true" },
        ],
      );
    });

    it("refuses governance overrides while governance is off", () => {
      assertInputErrors(
        () =>
          new AiLandingZone(
            "lz",
            args({ environment: "dev", governance: { stackTags: { environment: "dev" } } }),
          ),
        [{ propertyPath: "governance", reason: "governance is off" }],
      );
    });

    it("turns governance on by default for prod and production, off for other environments", () => {
      assert.strictEqual(governanceEnabled({ environment: "prod" }), true);
      assert.strictEqual(governanceEnabled({ environment: "Production" }), true);
      assert.strictEqual(governanceEnabled({ environment: "dev" }), false);
      assert.strictEqual(
        governanceEnabled({ environment: "prod", enableGovernance: false }),
        false,
      );
      assert.strictEqual(governanceEnabled({ environment: "dev", enableGovernance: true }), true);
    });

    it("requires an egress route for an enabled cluster, of the right resource type", () => {
      assertInputErrors(
        () => new AiLandingZone("lz", args({ enableInferenceCluster: true })),
        [
          { propertyPath: "inferenceCluster.routeTableResourceId", reason: "is required" },
          // The cluster's own checks run before anything is built, so they are reported too.
          { propertyPath: "inferenceCluster.inferenceRouterTls", reason: "is required" },
        ],
      );
      assertInputErrors(
        () =>
          new AiLandingZone(
            "lz",
            args({
              enableInferenceCluster: true,
              inferenceCluster: { ...aks, routeTableResourceId: law },
            }),
          ),
        [{ propertyPath: "inferenceCluster.routeTableResourceId", reason: "routeTables" }],
      );
    });

    it("takes replica regions other than the zone's own, by Azure region name", () => {
      assertInputErrors(
        () =>
          new AiLandingZone(
            "lz",
            args({ containerRegistryReplicaLocations: ["North Europe", "swedencentral"] }),
          ),
        [
          { propertyPath: "containerRegistryReplicaLocations[0]", reason: "not a region name" },
          { propertyPath: "containerRegistryReplicaLocations[1]", reason: "another region" },
        ],
      );
    });

    it("refuses an HSM key in a standard vault", () => {
      assertInputErrors(
        () =>
          new AiLandingZone(
            "lz",
            args({ keyVault: { skuName: "standard" }, encryptionKey: { keyType: "RSA-HSM" } }),
          ),
        [
          {
            propertyPath: "encryptionKey.keyType",
            reason:
              'is "RSA-HSM" while keyVault.skuName is "standard": HSM-protected keys need a premium vault',
          },
        ],
      );
    });

    it("checks the data collection settings", () => {
      assertInputErrors(
        () => new AiLandingZone("lz", args({ dataCollection: { samplingRate: 2 } })),
        [{ propertyPath: "dataCollection.samplingRate", reason: "" }],
      );
    });
  });
});

describe("AiLandingZone during preview", () => {
  let preview: RecorderMocks;
  before(async () => {
    preview = await useMocks(true);
    new AiLandingZone(
      "lz",
      args({
        modelMonitor: monitor,
        enableInferenceCluster: true,
        inferenceCluster: aks,
        // The baseline's own preview decidability is GovernanceBaseline's spec.
        enableGovernance: false,
      }),
    );
    await settle();
  });
  after(async () => {
    await useMocks();
  });

  it("knows the workspace's managed network, encryption and dependency IDs", () => {
    const ws = preview.one(`${ML}:Workspace`).inputs;
    assert.strictEqual(ws.managedNetwork.isolationMode, "AllowOnlyApprovedOutbound");
    assert.strictEqual(
      ws.encryption.keyVaultProperties.keyVaultArmId,
      `${group}/providers/Microsoft.KeyVault/vaults/${vaultName(preview)}`,
    );
    assert.strictEqual(
      ws.applicationInsights,
      `${group}/providers/Microsoft.Insights/components/appi-lz-obs`,
    );
  });

  it("knows the endpoint's properties, including the Kubernetes compute ID", () => {
    const ep = preview.one(`${ML}:OnlineEndpoint`).inputs.properties;
    assert.deepStrictEqual(
      { authMode: ep.authMode, publicNetworkAccess: ep.publicNetworkAccess, compute: ep.compute },
      {
        authMode: "AMLToken",
        publicNetworkAccess: "Disabled",
        compute: `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-lz/computes/aks-inference`,
      },
    );
  });

  it("knows each deployment's data collection and each monitor's target", () => {
    const deployments = preview.ofType(`${ML}:OnlineDeployment`);
    assert.deepStrictEqual(deployments.map((d) => d.inputs.deploymentName).sort(), [
      "blue",
      "green",
    ]);
    for (const d of deployments) {
      assert.strictEqual(
        d.inputs.properties.dataCollector.collections.model_inputs.dataCollectionMode,
        "Enabled",
      );
    }
    const targets = preview
      .ofType(`${ML}:Schedule`)
      .map((s) => s.inputs.properties.action.monitorDefinition.monitoringTarget.deploymentId);
    assert.strictEqual(targets.length, 2);
    for (const t of targets)
      assert.match(t, /\/workspaces\/mlw-lz\/onlineEndpoints\/.+\/deployments\/(blue|green)$/);
  });

  it("knows the scopes of the slots' CPU alerts", () => {
    const endpointName = preview.one(`${ML}:OnlineEndpoint`).inputs.endpointName;
    const cpu = preview
      .ofType("azure-native:monitor:MetricAlert")
      .filter((r) => r.name.startsWith("lz-alert-deployment-cpu-"))
      .map((r) => r.inputs.scopes)
      .sort();
    const ep = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-lz/onlineEndpoints/${endpointName}`;
    assert.deepStrictEqual(cpu, [[`${ep}/deployments/blue`], [`${ep}/deployments/green`]]);
  });

  it("knows the storage encryption and every diagnostic setting's workspace", () => {
    const st = preview.one("azure-native:storage:StorageAccount").inputs;
    assert.strictEqual(st.encryption.keySource, "Microsoft.Keyvault");
    assert.strictEqual(st.encryption.requireInfrastructureEncryption, true);
    const settings = preview.ofType("azure-native:monitor:DiagnosticSetting");
    assert.ok(settings.length >= 8, `only ${settings.length} diagnostic settings`);
    for (const s of settings) {
      assert.strictEqual(s.inputs.workspaceId, law, s.name);
    }
  });
});
