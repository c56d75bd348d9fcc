import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { AiLandingZone, AiLandingZoneArgs } from "../../../components";
import { cosmosArgs } from "../../../components/landingZone/cosmos";
import { foundryArgs } from "../../../components/landingZone/foundry";
import { gatewayArgs } from "../../../components/landingZone/gateway";
import { networkArgs } from "../../../components/landingZone/network";
import { resolve, Zone } from "../../../components/landingZone/resolve";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, rg } from "../../helpers/fixtures";
import type { CapturedResource } from "../../../cli/simulator/capture";
import { unwrap, useMocks } from "../../helpers/mocks";
import { analyze, PackCapture } from "../../helpers/packInProcess";

const CS = "azure-native:cognitiveservices";
const slot = { model: "azureml:credit:1", environmentId: "azureml:sklearn:1", weight: 100 };
const args = (extra: Partial<AiLandingZoneArgs> = {}): AiLandingZoneArgs => ({
  resourceGroupName: rg,
  location: "swedencentral",
  environment: "prod",
  costCenter: "cc-42",
  owner: "ml-platform",
  alertEmails: ["ops@contoso.com"],
  budgetAmount: 2000,
  slots: { blue: slot },
  ...extra,
});
const genAi = { enableFoundry: true, enableSearch: true, enableCosmos: true, enableGateway: true };
/** What the pack asks of the zone's ML half in a production stack, so only GenAI is judged. */
const production: Partial<AiLandingZoneArgs> = {
  modelMonitor: {
    taskType: "Classification",
    baselineDataUri: "azureml:credit-training:3",
    baselineTargetColumn: "default",
  },
  containerRegistryReplicaLocations: ["northeurope"],
  storage: { skuName: "Standard_GZRS" },
};
const identity = (name: string) =>
  `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;

describe("AiLandingZone with the GenAI platform, at a first preview", () => {
  // One zone for the specs that read it: building it is the slow part.
  const capture = new PackCapture(true);
  const mocks = capture.mocks;
  let zone: AiLandingZone;
  let resources: CapturedResource[];
  before(async () => {
    await capture.install();
    resources = await capture.build((opts) => {
      zone = new AiLandingZone("lz", args({ ...genAi, ...production }), opts);
    });
  });

  it("passes the whole pack in a production stack, every check decided", () => {
    const findings = analyze(resources, { stackTags: { environment: "prod" } });
    assert.deepStrictEqual(
      findings.map((f) => `${f.policy} (${f.level}) on ${f.urn.split("::").pop()}: ${f.message}`),
      [],
    );
    const types = new Set(resources.map((r) => r.type));
    for (const type of [
      "azure-native:cognitiveservices:Project",
      "azure-native:cognitiveservices:ProjectCapabilityHost",
      "azure-native:apimanagement:ApiManagementService",
    ]) {
      assert.ok(types.has(type), `${type} was analyzed`);
    }
  });

  it("adds the agents and gateway subnets and the GenAI DNS zones to the zone's network", async () => {
    const subnets = mocks
      .ofType("azure-native:network:Subnet")
      .filter((s) => ["snet-agents", "snet-apiManagement"].includes(s.inputs.subnetName));
    assert.strictEqual(subnets.length, 2);
    assert.deepStrictEqual(
      subnets.map((s) => [s.inputs.subnetName, s.inputs.addressPrefix, s.inputs.delegations]),
      [
        [
          "snet-agents",
          "10.42.8.0/24",
          [{ name: "agents", serviceName: "Microsoft.App/environments" }],
        ],
        ["snet-apiManagement", "10.42.9.0/27", undefined],
      ],
    );
    const zones = mocks
      .ofType("azure-native:privatedns:PrivateZone")
      .map((z) => z.inputs.privateZoneName);
    for (const name of [
      "privatelink.cognitiveservices.azure.com",
      "privatelink.services.ai.azure.com",
      "privatelink.search.windows.net",
      "privatelink.documents.azure.com",
    ]) {
      assert.ok(zones.includes(name), `${name} in ${zones.join(", ")}`);
    }
  });

  it("builds a private, Entra-only AI Foundry account on the zone's 2048-bit key, agents in the agents subnet", async () => {
    const account = mocks.one(`${CS}:Account`, "lz-foundry-account").inputs;
    assert.deepStrictEqual(
      [account.kind, account.properties.publicNetworkAccess, account.properties.disableLocalAuth],
      ["AIServices", "Disabled", true],
    );
    assert.deepStrictEqual(account.identity, {
      type: "SystemAssigned, UserAssigned",
      userAssignedIdentities: [identity("id-lz-openai-cmk")],
    });
    const cmk = zone.openAiKey!.customerManagedKey;
    assert.deepStrictEqual(
      [
        account.properties.encryption.keySource,
        account.properties.encryption.keyVaultProperties.keyName,
        await unwrap(cmk.userAssignedIdentityResourceId),
        cmk.keySize,
      ],
      ["Microsoft.KeyVault", "cmk-lz-openai-cmk", identity("id-lz-openai-cmk"), 2048],
    );
    assert.deepStrictEqual(account.properties.networkInjections, [
      {
        scenario: "agent",
        subnetArmId: await unwrap(zone.network.genAiSubnetResourceIds.agents!),
        useMicrosoftManagedNetwork: false,
      },
    ]);
    assert.strictEqual(
      await unwrap(zone.foundry!.resourceId),
      await unwrap(account.accountName).then(
        (name) => `${group}/providers/Microsoft.CognitiveServices/accounts/${name}`,
      ),
    );
  });

  it("builds a private, Entra-only Search service that enforces customer-managed keys", () => {
    const search = mocks.one("azure-native:search:Service").inputs;
    assert.deepStrictEqual(
      [
        search.publicNetworkAccess,
        search.disableLocalAuth,
        search.encryptionWithCmk,
        search.replicaCount,
      ],
      ["Disabled", true, { enforcement: "Enabled" }, 3],
    );
  });

  it("builds a private, Entra-only Cosmos DB account encrypted with the zone's key", () => {
    const cosmos = mocks.one("azure-native:cosmosdb:DatabaseAccount").inputs;
    assert.deepStrictEqual(
      [
        cosmos.publicNetworkAccess,
        cosmos.disableLocalAuth,
        cosmos.disableKeyBasedMetadataWriteAccess,
        cosmos.keyVaultKeyUri,
        cosmos.defaultIdentity,
        cosmos.locations,
      ],
      [
        "Disabled",
        true,
        true,
        "https://kv-lz-kv-d1ac1c.vault.azure.net/keys/cmk-lz-cmk",
        `UserAssignedIdentity=${identity("id-lz-cmk")}`,
        [{ locationName: "swedencentral", failoverPriority: 0, isZoneRedundant: true }],
      ],
    );
    assert.strictEqual(
      mocks.one("azure-native:keyvault:Key", "lz-cmk-key").inputs.keyName,
      "cmk-lz-cmk",
    );
  });

  it("puts the Foundry, Search and Cosmos DB private endpoints in the zone's endpoint subnet", async () => {
    const subnet = await unwrap(zone.network.subnetResourceIds.privateEndpoints);
    const endpoints = mocks
      .ofType("azure-native:network:PrivateEndpoint")
      .filter((pe) => /^lz-(foundry|search|cosmos)-/.test(pe.name));
    assert.strictEqual(endpoints.length, 3);
    assert.deepStrictEqual(
      endpoints
        .map((pe) => [
          pe.name,
          pe.inputs.subnet.id,
          pe.inputs.privateLinkServiceConnections[0].groupIds,
        ])
        .sort(),
      [
        ["lz-cosmos-pep-Sql", subnet, ["Sql"]],
        ["lz-foundry-pep-aiServices", subnet, ["account"]],
        ["lz-search-pep-searchService", subnet, ["searchService"]],
      ],
    );
  });

  it("runs the default project's agents on the zone's storage, Search and Cosmos DB", async () => {
    const connections = mocks.ofType(`${CS}:ProjectConnection`);
    assert.strictEqual(connections.length, 3);
    assert.deepStrictEqual(
      connections.map((c) => [
        c.inputs.projectName,
        c.inputs.properties.authType,
        c.inputs.properties.metadata.ResourceId,
      ]),
      [
        ["main", "AAD", await unwrap(zone.storage.resourceId)],
        ["main", "AAD", await unwrap(zone.search!.resourceId)],
        ["main", "AAD", await unwrap(zone.cosmos!.resourceId)],
      ],
    );
    const host = mocks.one(`${CS}:ProjectCapabilityHost`).inputs;
    assert.deepStrictEqual(host.projectCapabilityHostProperties, {
      storageConnections: ["agents-storage"],
      vectorStoreConnections: ["agents-search"],
      threadStorageConnections: ["agents-cosmos"],
    });
  });

  it("fronts the Foundry account with an internal Premium gateway in the gateway subnet", async () => {
    const apim = mocks.one("azure-native:apimanagement:ApiManagementService").inputs;
    assert.deepStrictEqual(
      [
        apim.sku,
        apim.virtualNetworkType,
        apim.virtualNetworkConfiguration.subnetResourceId,
        apim.identity,
        apim.publisherEmail,
        apim.publisherName,
      ],
      [
        { name: "Premium", capacity: 1 },
        "Internal",
        await unwrap(zone.network.genAiSubnetResourceIds.apiManagement!),
        { type: "SystemAssigned" },
        "ops@contoso.com",
        "ml-platform",
      ],
    );
    const backends = mocks
      .ofType("azure-native:apimanagement:Backend")
      .filter((b) => b.inputs.type === "Single");
    assert.strictEqual(backends.length, 1);
    assert.strictEqual(
      backends[0].inputs.url,
      `${await unwrap(zone.foundry!.openAiEndpoint)}openai`,
    );
  });
});

describe("AiLandingZone's GenAI options, bad input", () => {
  before(async () => {
    await useMocks(true);
  });

  it("reports every bad override in one error at the zone's paths", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            ...genAi,
            foundry: { projects: [{ name: "p" }, { name: "ok", agents: {} }, { name: "ok" }] },
            search: { replicaCount: 13 },
            cosmos: { continuousBackupTier: "Continuous90Days" as never },
            gateway: { tokensPerMinute: 0, capacity: 20 },
          }),
        ),
      [
        { propertyPath: "foundry.projects[0].name", reason: /"p"/ },
        { propertyPath: "foundry.projects[2].name", reason: "used twice" },
        { propertyPath: "search.replicaCount", reason: "1 to 12" },
        { propertyPath: "cosmos.continuousBackupTier", reason: "Continuous7Days" },
        { propertyPath: "gateway.tokensPerMinute", reason: "positive whole number" },
        { propertyPath: "gateway.capacity", reason: "1 to 12" },
      ],
    );
  });

  it("refuses overrides of a child that is off, a gateway with nothing behind it, and agents without stores", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            location: undefined,
            enableCosmos: true,
            enableGateway: true,
            search: { replicaCount: 2 },
            foundry: {},
          }),
        ),
      [
        { propertyPath: "search", reason: "enableSearch is not true" },
        { propertyPath: "foundry", reason: "enableFoundry is not true" },
        { propertyPath: "location", reason: "required with enableCosmos" },
        { propertyPath: "enableGateway", reason: "set enableFoundry or enableOpenAi" },
      ],
    );
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            enableFoundry: true,
            foundry: { projects: [{ name: "support", agents: {} }] },
            network: { addressPrefixes: ["10.42.0.0/21"] },
          }),
        ),
      [
        { propertyPath: "network.genAiSubnets.agents", reason: "required with enableFoundry" },
        {
          propertyPath: "foundry.projects[0].agents.searchServiceResourceId",
          reason: "is required",
        },
        {
          propertyPath: "foundry.projects[0].agents.cosmosDbAccountResourceId",
          reason: "is required",
        },
      ],
    );
  });
});

describe("AiLandingZone's GenAI arguments, as the builders compose them", () => {
  const key = { keyVaultResourceId: "kv", keyName: "k", userAssignedIdentityResourceId: "id" };
  const aiKey = { ...key, keyName: "ai", keySize: 2048 as const };
  const network = {
    privateEndpoint: { subnetResourceId: "pe", policyManagedDns: true },
    genAiSubnetResourceIds: { agents: "snet-agents", apiManagement: "snet-apim" },
  } as unknown as Parameters<typeof foundryArgs>[1]["network"];
  const foundryDeps = (zone: Zone) => ({
    network,
    openAiKey: { customerManagedKey: aiKey },
    diagnostics: [],
    storage: { resourceId: pulumi.output("storage") },
    search: zone.args.enableSearch ? { resourceId: pulumi.output("search") } : undefined,
    cosmos: zone.args.enableCosmos ? { resourceId: pulumi.output("cosmos") } : undefined,
  });

  it("keep the zone's key, subnet, region and backends when an override names them with undefined", () => {
    const zone = resolve(
      "lz",
      args({
        ...genAi,
        enableOpenAi: true,
        foundry: { customerManagedKey: undefined, agentSubnetResourceId: undefined },
        cosmos: { customerManagedKey: undefined, location: undefined },
        gateway: { subnetResourceId: undefined, backends: undefined },
      }),
    );
    const foundry = foundryArgs(zone, foundryDeps(zone));
    assert.deepStrictEqual(
      [foundry.customerManagedKey, foundry.agentSubnetResourceId],
      [aiKey, "snet-agents"],
    );
    const cosmos = cosmosArgs(zone, {
      network,
      encryptionKey: { customerManagedKey: key },
      diagnostics: [],
    });
    assert.deepStrictEqual([cosmos.customerManagedKey, cosmos.location], [key, "swedencentral"]);
    const gateway = gatewayArgs(zone, {
      network,
      observability: {
        applicationInsightsResourceId: pulumi.output("appi"),
        applicationInsightsConnectionString: pulumi.output("conn"),
      },
      diagnostics: [],
      foundry: { resourceId: pulumi.output("aif"), openAiEndpoint: pulumi.output("https://aif/") },
      openAi: { resourceId: pulumi.output("oai"), endpoint: pulumi.output("https://oai/") },
    });
    assert.strictEqual(gateway.subnetResourceId, "snet-apim");
    assert.deepStrictEqual(
      gateway.backends.map((b) => b.name),
      ["foundry", "openai"],
    );
  });

  it("fill a project's agent stores it leaves out with the zone's, and keep those it names", async () => {
    const zone = resolve(
      "lz",
      args({
        ...genAi,
        foundry: {
          projects: [
            { name: "own-search", agents: { searchServiceResourceId: "mine" } },
            { name: "no-agents" },
          ],
        },
      }),
    );
    const [withAgents, without] = foundryArgs(zone, foundryDeps(zone)).projects!;
    assert.deepStrictEqual(
      [
        await unwrap(withAgents.agents!.storageAccountResourceId),
        withAgents.agents!.searchServiceResourceId,
        await unwrap(withAgents.agents!.cosmosDbAccountResourceId),
      ],
      ["storage", "mine", "cosmos"],
    );
    assert.deepStrictEqual(without, { name: "no-agents" });
    const searchOnly = resolve("lz", args({ enableFoundry: true, enableSearch: true }));
    assert.deepStrictEqual(foundryArgs(searchOnly, foundryDeps(searchOnly)).projects, [
      { name: "main" },
    ]);
  });

  it("ask the network for the subnets and DNS zones of the children enabled, a given subnet winning", () => {
    const gatewayOnly = resolve(
      "lz",
      args({ enableGateway: true, network: { genAiSubnets: { apiManagement: "10.42.10.0/27" } } }),
    );
    const net = networkArgs(gatewayOnly);
    assert.deepStrictEqual(
      [net.genAiSubnets, net.additionalDnsZones],
      [{ apiManagement: "10.42.10.0/27" }, undefined],
    );
    const searchAndCosmos = networkArgs(
      resolve(
        "lz",
        args({
          enableSearch: true,
          enableCosmos: true,
          network: { additionalDnsZones: ["privatelink.search.windows.net"] },
        }),
      ),
    );
    assert.deepStrictEqual(
      [searchAndCosmos.genAiSubnets, searchAndCosmos.additionalDnsZones],
      [{}, ["privatelink.search.windows.net", "privatelink.documents.azure.com"]],
    );
  });
});
