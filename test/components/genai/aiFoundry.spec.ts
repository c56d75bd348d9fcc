import * as assert from "assert";
import {
  agentContainersCondition,
  AiFoundry,
  AiFoundryArgs,
  cosmosDataContributorRoleId,
} from "../../../components/genai";
import { builtInRoles } from "../../../components/common";
import { assertInputErrors } from "../../helpers/inputErrors";
import {
  diagnostics,
  group,
  hubZone,
  ids,
  privateEndpointWithZones,
  rg,
} from "../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  OptionsRecorder,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../helpers/mocks";

const clientId = "0b6c1f3e-2a4d-4c5e-8f7a-9b0c1d2e3f4a";
const cmk = {
  keyVaultResourceId: ids.vault,
  keyName: "cmk-aif",
  userAssignedIdentityResourceId: ids.identity,
  userAssignedIdentityClientId: clientId,
};
const zones = [
  "privatelink.cognitiveservices.azure.com",
  "privatelink.openai.azure.com",
  "privatelink.services.ai.azure.com",
];
const agentSubnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-ailz/subnets/snet-agents`;
const stores = {
  storageAccountResourceId: `${group}/providers/Microsoft.Storage/storageAccounts/stagents`,
  searchServiceResourceId: `${group}/providers/Microsoft.Search/searchServices/srch-agents`,
  cosmosDbAccountResourceId: `${group}/providers/Microsoft.DocumentDB/databaseAccounts/cosmos-agents`,
};
const gpt = { name: "chat", modelName: "gpt-4o", modelVersion: "2024-11-20", capacity: 30 };
const args = (extra: Partial<AiFoundryArgs> = {}): AiFoundryArgs => ({
  resourceGroupName: rg,
  customerManagedKey: cmk,
  privateEndpoint: privateEndpointWithZones(...zones),
  diagnosticSettings: diagnostics,
  ...extra,
});
const CS = "azure-native:cognitiveservices";

/** The account's secure properties with the defaults. */
const secureProperties = (subdomain: string) => ({
  customSubDomainName: subdomain,
  allowProjectManagement: true,
  disableLocalAuth: true,
  publicNetworkAccess: "Disabled",
  networkAcls: {
    defaultAction: "Deny",
    bypass: "AzureServices",
    ipRules: [],
    virtualNetworkRules: [],
  },
  restrictOutboundNetworkAccess: true,
  allowedFqdnList: [],
  encryption: {
    keySource: "Microsoft.KeyVault",
    keyVaultProperties: {
      keyVaultUri: "https://kv-ailz.vault.azure.net/",
      keyName: "cmk-aif",
      identityClientId: clientId,
    },
  },
});

describe("AiFoundry", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let aif: AiFoundry;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      aif = new AiFoundry("aif", args({ deployments: [gpt] }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("is an Entra-only, private, CMK-encrypted AIServices account with project management", async () => {
      const a = mocks.one(`${CS}:Account`).inputs;
      assert.match(a.accountName, /^aif-aif-[0-9a-f]{8}$/);
      assert.strictEqual(a.kind, "AIServices");
      assert.deepStrictEqual(a.properties, secureProperties(a.accountName));
      assert.deepStrictEqual(a.identity, {
        type: "SystemAssigned, UserAssigned",
        userAssignedIdentities: [ids.identity],
      });
      assert.strictEqual(recorder.protected(`${CS}:Account`, "aif-account"), true);
      assert.strictEqual(
        await unwrap(aif.endpoint),
        `https://${a.accountName}.services.ai.azure.com/`,
      );
    });

    it("binds each deployment to the blocking content filter", () => {
      const d = mocks.one(`${CS}:Deployment`).inputs;
      assert.deepStrictEqual(
        [d.deploymentName, d.properties.raiPolicyName, d.properties.versionUpgradeOption],
        ["chat", "cf-default", "OnceCurrentVersionExpired"],
      );
      assert.strictEqual(mocks.one(`${CS}:RaiPolicy`).inputs.properties.mode, "Default");
      assert.deepStrictEqual(aif.contentFilterNames, { chat: "cf-default" });
    });

    it("has one private endpoint in the account group with the three AI zones", async () => {
      const pe = mocks.one("azure-native:network:PrivateEndpoint");
      assert.deepStrictEqual(
        pe.inputs.privateLinkServiceConnections.map((c: any) => [
          c.privateLinkServiceId,
          c.groupIds,
        ]),
        [[await unwrap(aif.resourceId), ["account"]]],
      );
      assert.deepStrictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs,
        zones.map((zone) => ({ name: zone.replace(/\./g, "-"), privateDnsZoneId: hubZone(zone) })),
      );
      assert.strictEqual(mocks.ofType("azure-native:monitor:DiagnosticSetting").length, 1);
      assert.strictEqual(mocks.ofType(`${CS}:Project`).length, 0);
    });
  });

  describe("a project with the standard agent setup", () => {
    let aif: AiFoundry;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      aif = new AiFoundry(
        "agt",
        args({
          accountName: "aif-agents",
          agentSubnetResourceId: agentSubnet,
          projects: [{ name: "support", description: "Support agents", agents: stores }],
        }),
        { transformations: [recorder.transformation] },
      );
      await settle();
    });

    it("injects the Agent Service into the delegated subnet", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:Account`).inputs.properties.networkInjections, [
        { scenario: "agent", subnetArmId: agentSubnet, useMicrosoftManagedNetwork: false },
      ]);
    });

    it("gives the project its own identity and a known ID and endpoint", async () => {
      const p = mocks.one(`${CS}:Project`).inputs;
      assert.deepStrictEqual(
        [p.accountName, p.projectName, p.identity, p.properties],
        [
          "aif-agents",
          "support",
          { type: "SystemAssigned" },
          { displayName: "support", description: "Support agents" },
        ],
      );
      const out = aif.projects.support;
      assert.strictEqual(
        await unwrap(out.resourceId),
        `${group}/providers/Microsoft.CognitiveServices/accounts/aif-agents/projects/support`,
      );
      assert.strictEqual(
        await unwrap(out.endpoint),
        "https://aif-agents.services.ai.azure.com/api/projects/support",
      );
    });

    it("connects to the stores with Entra ID, never keys", () => {
      const connections = mocks.ofType(`${CS}:ProjectConnection`);
      assert.strictEqual(connections.length, 3);
      assert.deepStrictEqual(
        connections.map((c) => [c.inputs.connectionName, c.inputs.properties]),
        [
          [
            "agents-storage",
            {
              authType: "AAD",
              category: "AzureStorageAccount",
              target: "https://stagents.blob.core.windows.net/",
              metadata: { ApiType: "Azure", ResourceId: stores.storageAccountResourceId },
            },
          ],
          [
            "agents-search",
            {
              authType: "AAD",
              category: "CognitiveSearch",
              target: "https://srch-agents.search.windows.net",
              metadata: { ApiType: "Azure", ResourceId: stores.searchServiceResourceId },
            },
          ],
          [
            "agents-cosmos",
            {
              authType: "AAD",
              category: "CosmosDB",
              target: "https://cosmos-agents.documents.azure.com:443/",
              metadata: { ApiType: "Azure", ResourceId: stores.cosmosDbAccountResourceId },
            },
          ],
        ],
      );
    });

    it("grants the project identity only the narrow roles the Agent Service needs", async () => {
      const principal = await unwrap(aif.projects.support.principalId);
      const assignments = mocks.ofType("azure-native:authorization:RoleAssignment");
      assert.strictEqual(assignments.length, 5);
      const role = (name: keyof typeof builtInRoles) =>
        `/providers/Microsoft.Authorization/roleDefinitions/${builtInRoles[name]}`;
      assert.deepStrictEqual(
        assignments
          .map((a) => [a.inputs.scope, a.inputs.roleDefinitionId, a.inputs.condition])
          .sort((x, y) => (x[0] + x[1]).localeCompare(y[0] + y[1])),
        [
          [stores.cosmosDbAccountResourceId, role("Cosmos DB Operator"), undefined],
          [stores.searchServiceResourceId, role("Search Service Contributor"), undefined],
          [stores.searchServiceResourceId, role("Search Index Data Contributor"), undefined],
          [
            stores.storageAccountResourceId,
            role("Storage Blob Data Owner"),
            agentContainersCondition,
          ],
          [stores.storageAccountResourceId, role("Storage Blob Data Contributor"), undefined],
        ],
      );
      for (const a of assignments) {
        assert.deepStrictEqual(
          [a.inputs.principalId, a.inputs.principalType],
          [principal, "ServicePrincipal"],
        );
      }
      assert.deepStrictEqual(
        assignments
          .filter((a) => a.inputs.condition !== undefined)
          .map((a) => a.inputs.conditionVersion),
        ["2.0"],
      );
      const sql = mocks.one("azure-native:cosmosdb:SqlResourceSqlRoleAssignment").inputs;
      assert.deepStrictEqual(
        [sql.resourceGroupName, sql.accountName, sql.scope, sql.roleDefinitionId, sql.principalId],
        [
          rg,
          "cosmos-agents",
          `${stores.cosmosDbAccountResourceId}/dbs/enterprise_memory`,
          `${stores.cosmosDbAccountResourceId}/sqlRoleDefinitions/${cosmosDataContributorRoleId}`,
          principal,
        ],
      );
    });

    it("creates the capability host on the three connections, after the roles", () => {
      const host = mocks.one(`${CS}:ProjectCapabilityHost`).inputs;
      assert.deepStrictEqual(
        [
          host.accountName,
          host.projectName,
          host.capabilityHostName,
          host.projectCapabilityHostProperties,
        ],
        [
          "aif-agents",
          "support",
          "agents",
          {
            storageConnections: ["agents-storage"],
            vectorStoreConnections: ["agents-search"],
            threadStorageConnections: ["agents-cosmos"],
          },
        ],
      );
      const after = recorder.options.get(`${CS}:ProjectCapabilityHost::agt-project-support-caphost`)
        ?.dependsOn as { urn: unknown }[];
      // 3 connections, 5 role assignments and the Cosmos DB data-plane assignment.
      assert.strictEqual(after.length, 9);
    });
  });

  it("opts out explicitly: keys, public ranges, open outbound, no protection", async () => {
    const recorder = new OptionsRecorder();
    new AiFoundry(
      "open",
      args({
        disableLocalAuth: false,
        publicNetworkAccess: "Enabled",
        allowedIpRanges: ["203.0.113.0/24"],
        restrictOutboundNetworkAccess: false,
        managedIdentities: { systemAssigned: false },
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const a = mocks.one(`${CS}:Account`).inputs;
    assert.deepStrictEqual(a.properties, {
      ...secureProperties(a.accountName),
      disableLocalAuth: false,
      publicNetworkAccess: "Enabled",
      networkAcls: {
        defaultAction: "Deny",
        bypass: "AzureServices",
        ipRules: [{ value: "203.0.113.0/24" }],
        virtualNetworkRules: [],
      },
      restrictOutboundNetworkAccess: false,
    });
    assert.deepStrictEqual(a.identity, {
      type: "UserAssigned",
      userAssignedIdentities: [ids.identity],
    });
    assert.strictEqual(recorder.protected(`${CS}:Account`, "open-account"), false);
  });

  it("rejects bad input, naming each property", () =>
    assertInputErrors(
      () =>
        new AiFoundry(
          "bad",
          args({
            accountName: "-aif",
            customerManagedKey: { ...cmk, keySize: 4096 },
            projects: [
              { name: "p1", agents: { ...stores, searchServiceResourceId: ids.vault } },
              { name: "p1" },
            ],
            privateEndpoint: privateEndpointWithZones("privatelink.openai.azure.com"),
          }),
        ),
      [
        { propertyPath: "accountName", reason: '"-aif" is not a valid name' },
        {
          propertyPath: "customerManagedKey.keySize",
          reason: "is 4096: Azure AI services accept only 2048-bit RSA keys",
        },
        {
          propertyPath: "agentSubnetResourceId",
          reason: "is required: projects[0] has agents",
        },
        {
          propertyPath: "projects[0].agents.searchServiceResourceId",
          reason: "expected a Microsoft.Search/searchServices ID",
        },
        { propertyPath: "projects[1].name", reason: '"p1" is used twice' },
        {
          propertyPath:
            'privateEndpoint.privateDnsZoneResourceIds["privatelink.cognitiveservices.azure.com"]',
          reason: "is required for the aiServices private endpoint",
        },
        {
          propertyPath:
            'privateEndpoint.privateDnsZoneResourceIds["privatelink.services.ai.azure.com"]',
          reason: "is required for the aiServices private endpoint",
        },
      ],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the account's properties, the roles' scopes and the host with a key created in the same run", async () => {
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("pvkey", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
        userAssignedIdentityResourceId: ids.identity,
        userAssignedIdentityPrincipalId: "9a1b2c3d-0000-4000-8000-000000000001",
        keySize: 2048,
      });
      const aif = new AiFoundry(
        "pv",
        args({
          accountName: "aif-pv",
          customerManagedKey: { ...key.customerManagedKey, userAssignedIdentityClientId: clientId },
          agentSubnetResourceId: agentSubnet,
          projects: [{ name: "support", agents: stores }],
        }),
      );
      await settle();
      const a = preview.one(`${CS}:Account`).inputs;
      assert.deepStrictEqual(
        [
          a.properties.disableLocalAuth,
          a.properties.publicNetworkAccess,
          a.properties.allowProjectManagement,
        ],
        [true, "Disabled", true],
      );
      assert.strictEqual(a.properties.encryption.keyVaultProperties.keyName, "cmk-pvkey");
      const scopes = preview
        .ofType("azure-native:authorization:RoleAssignment")
        .filter((r) => r.name.startsWith("pv-"))
        .map((r) => r.inputs.scope);
      assert.strictEqual(scopes.length, 5);
      assert.ok(scopes.every((s) => typeof s === "string"));
      assert.strictEqual(await isKnown(aif.resourceId), true);
      assert.strictEqual(await isKnown(aif.projects.support.resourceId), true);
      assert.strictEqual(await isKnown(aif.projects.support.principalId), false);
    });
  });
});
