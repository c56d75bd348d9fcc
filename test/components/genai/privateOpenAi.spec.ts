import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { PrivateOpenAi, PrivateOpenAiArgs, renderContentFilters } from "../../../components/genai";
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
  keyName: "cmk-oai",
  userAssignedIdentityResourceId: ids.identity,
  userAssignedIdentityClientId: clientId,
};
const zone = "privatelink.openai.azure.com";
const gpt = { name: "chat", modelName: "gpt-4o", modelVersion: "2024-11-20", capacity: 30 };
const args = (extra: Partial<PrivateOpenAiArgs> = {}): PrivateOpenAiArgs => ({
  resourceGroupName: rg,
  customerManagedKey: cmk,
  privateEndpoint: privateEndpointWithZones(zone),
  diagnosticSettings: diagnostics,
  deployments: [gpt],
  ...extra,
});
const T = "azure-native:cognitiveservices";

/** The secure filter list: four harms at Medium both ways, then shields and protected material. */
const blockingFilters = [
  ...["Prompt", "Completion"].flatMap((source) =>
    ["Hate", "Sexual", "Violence", "Selfharm"].map((name) => ({
      name,
      source,
      enabled: true,
      blocking: true,
      severityThreshold: "Medium",
    })),
  ),
  { name: "Jailbreak", source: "Prompt", enabled: true, blocking: true },
  { name: "Indirect Attack", source: "Prompt", enabled: true, blocking: true },
  { name: "Protected Material Text", source: "Completion", enabled: true, blocking: true },
  { name: "Protected Material Code", source: "Completion", enabled: true, blocking: true },
];

describe("PrivateOpenAi", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let oai: PrivateOpenAi;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      oai = new PrivateOpenAi(
        "gen",
        args({
          tags: { owner: "team-a" },
          deployments: [
            gpt,
            { ...gpt, name: "embed", modelName: "text-embedding-3-large", modelVersion: "1" },
          ],
        }),
        { transformations: [recorder.transformation] },
      );
      await settle();
    });

    it("is Entra-only, private, deny-by-default, outbound-restricted and CMK-encrypted through the user-assigned identity", async () => {
      const a = mocks.one(`${T}:Account`).inputs;
      const name = await unwrap(oai.name);
      assert.match(name, /^oai-gen-[0-9a-f]{8}$/);
      assert.deepStrictEqual(
        {
          accountName: a.accountName,
          kind: a.kind,
          sku: a.sku,
          identity: a.identity,
          tags: a.tags,
        },
        {
          accountName: name,
          kind: "OpenAI",
          sku: { name: "S0" },
          identity: { type: "UserAssigned", userAssignedIdentities: [ids.identity] },
          tags: { owner: "team-a" },
        },
      );
      assert.deepStrictEqual(a.properties, {
        customSubDomainName: name,
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
            keyName: "cmk-oai",
            identityClientId: clientId,
          },
        },
      });
      assert.strictEqual(await unwrap(oai.endpoint), `https://${name}.openai.azure.com/`);
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected(`${T}:Account`, "gen-account"), true);
    });

    it("creates one blocking content filter both ways, with prompt shields and protected-material filters", () => {
      const policy = mocks.one(`${T}:RaiPolicy`);
      assert.strictEqual(policy.name, "gen-cf-default");
      assert.deepStrictEqual(policy.inputs.raiPolicyName, "cf-default");
      assert.deepStrictEqual(policy.inputs.properties, {
        basePolicyName: "Microsoft.DefaultV2",
        mode: "Default",
        contentFilters: blockingFilters,
      });
    });

    it("binds every deployment to the filter, with its SKU, capacity and pinned model, one after another", async () => {
      const deployments = mocks
        .ofType(`${T}:Deployment`)
        .sort((x, y) => x.name.localeCompare(y.name));
      assert.deepStrictEqual(
        deployments.map((d) => [
          d.name,
          d.inputs.deploymentName,
          d.inputs.sku,
          d.inputs.properties,
        ]),
        [
          [
            "gen-deployment-chat",
            "chat",
            { name: "DataZoneStandard", capacity: 30 },
            {
              model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" },
              raiPolicyName: "cf-default",
              versionUpgradeOption: "OnceCurrentVersionExpired",
            },
          ],
          [
            "gen-deployment-embed",
            "embed",
            { name: "DataZoneStandard", capacity: 30 },
            {
              model: { format: "OpenAI", name: "text-embedding-3-large", version: "1" },
              raiPolicyName: "cf-default",
              versionUpgradeOption: "OnceCurrentVersionExpired",
            },
          ],
        ],
      );
      const second = recorder.options.get(`${T}:Deployment::gen-deployment-embed`);
      const dependsOn = second?.dependsOn as pulumi.Resource[];
      assert.strictEqual(dependsOn.length, 1);
      assert.match(await unwrap(dependsOn[0].urn), /::gen-deployment-chat$/);
      assert.deepStrictEqual(
        recorder.options.get(`${T}:Deployment::gen-deployment-chat`)?.dependsOn,
        [],
      );
      assert.deepStrictEqual(oai.contentFilterNames, { chat: "cf-default", embed: "cf-default" });
    });

    it("has an account private endpoint in the OpenAI zone, and diagnostics to the workspace", async () => {
      const accountId = await unwrap(oai.resourceId);
      assert.strictEqual(
        accountId,
        `${group}/providers/Microsoft.CognitiveServices/accounts/${await unwrap(oai.name)}`,
      );
      const pe = mocks.one("azure-native:network:PrivateEndpoint").inputs;
      assert.deepStrictEqual(
        [
          pe.subnet.id,
          pe.privateLinkServiceConnections[0].privateLinkServiceId,
          pe.privateLinkServiceConnections[0].groupIds,
        ],
        [ids.subnet, accountId, ["account"]],
      );
      assert.strictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs[0]
          .privateDnsZoneId,
        hubZone(zone),
      );
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.deepStrictEqual(
        [diag.resourceUri, diag.workspaceId, diag.logs, diag.metrics],
        [
          accountId,
          ids.workspace,
          [{ categoryGroup: "allLogs", enabled: true }],
          [{ category: "AllMetrics", enabled: true }],
        ],
      );
    });
  });

  it("opts out explicitly: weaker filters, public ranges, keys, open outbound, AIServices, system identity, no protection", async () => {
    const recorder = new OptionsRecorder();
    new PrivateOpenAi(
      "open",
      args({
        accountName: "oai-open-01",
        kind: "AIServices",
        disableLocalAuth: false,
        publicNetworkAccess: "Enabled",
        allowedIpRanges: ["203.0.113.0/24"],
        restrictOutboundNetworkAccess: false,
        managedIdentities: { systemAssigned: true },
        protect: false,
        contentFilter: {
          hate: { prompt: "Low", completion: "High" },
          selfHarm: { completion: "Off" },
          jailbreak: "Annotate",
          protectedMaterialCode: "Off",
          mode: "Asynchronous_filter",
        },
        deployments: [
          {
            ...gpt,
            skuName: "GlobalStandard",
            capacity: 100,
            versionUpgradeOption: "NoAutoUpgrade",
          },
          {
            name: "batch.v1",
            modelName: "gpt-4o-mini",
            modelVersion: "2024-07-18",
            skuName: "ProvisionedManaged",
            capacity: 15,
            contentFilter: {},
          },
        ],
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const a = mocks.one(`${T}:Account`).inputs;
    assert.deepStrictEqual(
      [
        a.kind,
        a.identity.type,
        a.properties.customSubDomainName,
        a.properties.disableLocalAuth,
        a.properties.publicNetworkAccess,
        a.properties.networkAcls.defaultAction,
        a.properties.networkAcls.ipRules,
        a.properties.restrictOutboundNetworkAccess,
      ],
      [
        "AIServices",
        "SystemAssigned, UserAssigned",
        "oai-open-01",
        false,
        "Enabled",
        "Deny",
        [{ value: "203.0.113.0/24" }],
        false,
      ],
    );
    assert.strictEqual(recorder.protected(`${T}:Account`, "open-account"), false);
    const policies = mocks.ofType(`${T}:RaiPolicy`).sort((x, y) => x.name.localeCompare(y.name));
    assert.deepStrictEqual(
      policies.map((p) => [p.name, p.inputs.raiPolicyName, p.inputs.properties.mode]),
      [
        ["open-cf-batch-v1", "cf-batch-v1", "Default"],
        ["open-cf-default", "cf-default", "Asynchronous_filter"],
      ],
    );
    const weak = policies[1].inputs.properties.contentFilters;
    const find = (name: string, source: string) =>
      weak.find((f: { name: string; source: string }) => f.name === name && f.source === source);
    assert.deepStrictEqual(find("Hate", "Prompt"), {
      name: "Hate",
      source: "Prompt",
      enabled: true,
      blocking: true,
      severityThreshold: "Low",
    });
    assert.strictEqual(find("Hate", "Completion").severityThreshold, "High");
    assert.deepStrictEqual(find("Selfharm", "Completion"), {
      name: "Selfharm",
      source: "Completion",
      enabled: false,
      blocking: false,
    });
    assert.strictEqual(find("Selfharm", "Prompt").severityThreshold, "Medium");
    assert.deepStrictEqual(
      [find("Jailbreak", "Prompt").enabled, find("Jailbreak", "Prompt").blocking],
      [true, false],
    );
    assert.deepStrictEqual(
      [
        find("Protected Material Code", "Completion").enabled,
        find("Protected Material Code", "Completion").blocking,
      ],
      [false, false],
    );
    assert.deepStrictEqual(policies[0].inputs.properties.contentFilters, blockingFilters);
    const deployments = mocks
      .ofType(`${T}:Deployment`)
      .sort((x, y) => x.name.localeCompare(y.name));
    assert.deepStrictEqual(
      deployments.map((d) => [
        d.name,
        d.inputs.sku,
        d.inputs.properties.raiPolicyName,
        d.inputs.properties.versionUpgradeOption,
      ]),
      [
        [
          "open-deployment-batch.v1",
          { name: "ProvisionedManaged", capacity: 15 },
          "cf-batch-v1",
          "OnceCurrentVersionExpired",
        ],
        [
          "open-deployment-chat",
          { name: "GlobalStandard", capacity: 100 },
          "cf-default",
          "NoAutoUpgrade",
        ],
      ],
    );
  });

  it("grants roles and locks the account", async () => {
    const oai = new PrivateOpenAi(
      "ra",
      args({
        lock: { kind: "CanNotDelete" },
        roleAssignments: [
          {
            roleDefinitionIdOrName: "Cognitive Services OpenAI User",
            principalId: "4f1e2d3c-0000-4000-8000-00000000abcd",
            principalType: "ServicePrincipal",
          },
        ],
      }),
    );
    await settle();
    const accountId = await unwrap(oai.resourceId);
    const ra = mocks.one("azure-native:authorization:RoleAssignment").inputs;
    assert.deepStrictEqual(
      [ra.scope, ra.principalId, ra.roleDefinitionId],
      [
        accountId,
        "4f1e2d3c-0000-4000-8000-00000000abcd",
        "/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
      ],
    );
    const lock = mocks.one("azure-native:authorization:ManagementLockByScope").inputs;
    assert.deepStrictEqual([lock.scope, lock.level], [accountId, "CanNotDelete"]);
  });

  it("creates no filter when there are no deployments", async () => {
    new PrivateOpenAi("bare", args({ deployments: [] }));
    await settle();
    assert.strictEqual(mocks.ofType(`${T}:RaiPolicy`).length, 0);
    assert.strictEqual(mocks.ofType(`${T}:Account`).length, 1);
  });

  it("renders the secure filter from an empty argument", () => {
    assert.deepStrictEqual(renderContentFilters({}), blockingFilters);
    assert.deepStrictEqual(renderContentFilters(), blockingFilters);
  });

  describe("rejects bad input", () => {
    it("unknown filter settings and directions, and bad thresholds and actions", () =>
      assertInputErrors(
        () =>
          new PrivateOpenAi(
            "b1",
            args({
              contentFilter: {
                hate: { input: "Low" },
                violence: { prompt: "Severe" },
                selfharm: { prompt: "Low" },
                jailbreak: "Warn",
                mode: "Blocking",
              } as never,
            }),
          ),
        [
          {
            propertyPath: "contentFilter.hate.input",
            reason: "is not a direction: use prompt or completion",
          },
          {
            propertyPath: "contentFilter.violence.prompt",
            reason:
              '"Severe" is not a severity threshold: use Low, Medium or High (or Off to opt out)',
          },
          {
            propertyPath: "contentFilter.selfharm",
            reason: "is not a content filter setting: use hate, sexual, violence, selfHarm",
          },
          {
            propertyPath: "contentFilter.jailbreak",
            reason: '"Warn" is not allowed: use Block, Annotate or Off',
          },
          { propertyPath: "contentFilter.mode", reason: '"Blocking" is not a filter mode' },
        ],
      ));

    it("bad deployments: name, duplicate, capacity, SKU, empty model, clashing filter names", () =>
      assertInputErrors(
        () =>
          new PrivateOpenAi(
            "b2",
            args({
              deployments: [
                { ...gpt, name: "-chat" },
                { ...gpt, name: "dup", capacity: 0 },
                { ...gpt, name: "dup", skuName: "Premium" as never, modelName: "" },
                { ...gpt, name: "a.b", contentFilter: {} },
                { ...gpt, name: "a-b", contentFilter: { sexual: { completion: "None" as never } } },
              ],
            }),
          ),
        [
          { propertyPath: "deployments[0].name", reason: '"-chat" is not a valid deployment name' },
          {
            propertyPath: "deployments[1].capacity",
            reason: "0 is not allowed: use a whole number above 0",
          },
          { propertyPath: "deployments[2].name", reason: '"dup" is used twice' },
          { propertyPath: "deployments[2].skuName", reason: '"Premium" is not a deployment type' },
          { propertyPath: "deployments[2].modelName", reason: "is required" },
          {
            propertyPath: "deployments[4].contentFilter.sexual.completion",
            reason: '"None" is not a severity threshold',
          },
          { propertyPath: "deployments[4].name", reason: 'names the content filter "cf-a-b"' },
        ],
      ));

    it("a key without the identity's client ID, wrong ID types, a missing zone and a bad name", () =>
      assertInputErrors(
        () =>
          new PrivateOpenAi(
            "b3",
            args({
              accountName: "-oai",
              kind: "TextAnalytics" as never,
              customerManagedKey: {
                keyVaultResourceId: ids.identity,
                keyName: "k",
                userAssignedIdentityResourceId: ids.identity,
              },
              privateEndpoint: privateEndpointWithZones("privatelink.blob.core.windows.net"),
            }),
          ),
        [
          { propertyPath: "accountName", reason: '"-oai" is not a valid name' },
          {
            propertyPath: "kind",
            reason: '"TextAnalytics" is not allowed: use OpenAI or AIServices',
          },
          {
            propertyPath: "customerManagedKey.keyVaultResourceId",
            reason: "expected a Microsoft.KeyVault/vaults ID",
          },
          {
            propertyPath: "customerManagedKey.userAssignedIdentityClientId",
            reason: "is required",
          },
          {
            propertyPath: `privateEndpoint.privateDnsZoneResourceIds["${zone}"]`,
            reason: "is required for the account private endpoint",
          },
        ],
      ));

    it("conflicting network arguments: ranges without public access, FQDNs without the restriction", () =>
      assertInputErrors(
        () =>
          new PrivateOpenAi(
            "b4",
            args({
              allowedIpRanges: ["10.0.0.300"],
              restrictOutboundNetworkAccess: false,
              allowedFqdnList: ["not a host"],
            }),
          ),
        [
          {
            propertyPath: "allowedIpRanges",
            reason: 'applies only with publicNetworkAccess: "Enabled"',
          },
          { propertyPath: "allowedIpRanges[0]", reason: "is not an IPv4 CIDR block" },
          {
            propertyPath: "allowedFqdnList",
            reason: "applies only while restrictOutboundNetworkAccess is true",
          },
          { propertyPath: "allowedFqdnList[0]", reason: "is not a fully qualified domain name" },
        ],
      ));

    it("a key of a size Azure AI services do not accept", () =>
      assertInputErrors(
        () => new PrivateOpenAi("b6", args({ customerManagedKey: { ...cmk, keySize: 3072 } })),
        [
          {
            propertyPath: "customerManagedKey.keySize",
            reason: "is 3072: Azure AI services accept only 2048-bit RSA keys",
          },
        ],
      ));

    it("a missing key and missing diagnostics", () =>
      assertInputErrors(
        () =>
          new PrivateOpenAi("b5", {
            ...args(),
            customerManagedKey: undefined as never,
            diagnosticSettings: undefined as never,
          }),
        [
          { propertyPath: "customerManagedKey", reason: "is required" },
          { propertyPath: "diagnosticSettings", reason: "is required" },
        ],
      ));
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the whole properties object, filters and bindings with a key created in the same run", async () => {
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("pvkey", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
        userAssignedIdentityResourceId: ids.identity,
        userAssignedIdentityPrincipalId: "9a1b2c3d-0000-4000-8000-000000000001",
        keySize: 2048,
      });
      const oai = new PrivateOpenAi(
        "pv",
        args({
          customerManagedKey: { ...key.customerManagedKey, userAssignedIdentityClientId: clientId },
        }),
      );
      await settle();
      const a = preview.one(`${T}:Account`).inputs;
      assert.strictEqual(a.properties.disableLocalAuth, true);
      assert.strictEqual(a.properties.publicNetworkAccess, "Disabled");
      assert.deepStrictEqual(a.properties.encryption, {
        keySource: "Microsoft.KeyVault",
        keyVaultProperties: {
          keyVaultUri: "https://kv-ailz.vault.azure.net/",
          keyName: "cmk-pvkey",
          identityClientId: clientId,
        },
      });
      assert.deepStrictEqual(a.identity, {
        type: "UserAssigned",
        userAssignedIdentities: [ids.identity],
      });
      assert.deepStrictEqual(
        preview.one(`${T}:RaiPolicy`).inputs.properties.contentFilters,
        blockingFilters,
      );
      assert.strictEqual(
        preview.one(`${T}:Deployment`).inputs.properties.raiPolicyName,
        "cf-default",
      );
      assert.strictEqual(preview.one(`${T}:Deployment`).inputs.accountName, a.accountName);
      assert.strictEqual(await isKnown(oai.resourceId), true);
    });

    it("with the key's identity created in the same run, leaves only its client ID unknown", async () => {
      preview.reset();
      const { EncryptionKey } = await import("../../../components/security");
      const key = new EncryptionKey("newid", {
        resourceGroupName: rg,
        keyVaultResourceId: ids.vault,
        keySize: 2048,
      });
      new PrivateOpenAi("nid", args({ customerManagedKey: key.customerManagedKey }));
      await settle();
      const properties = preview.one(`${T}:Account`).inputs.properties;
      const { identityClientId, ...keyProperties } = properties.encryption.keyVaultProperties;
      // The mock runtime records an unknown input as an object marked `__pulumiUnknown`.
      assert.strictEqual(identityClientId.__pulumiUnknown, true);
      assert.deepStrictEqual(
        {
          ...properties,
          encryption: { ...properties.encryption, keyVaultProperties: keyProperties },
        },
        {
          customSubDomainName: properties.customSubDomainName,
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
              keyName: "cmk-newid",
            },
          },
        },
      );
      assert.match(properties.customSubDomainName, /^oai-nid-[0-9a-f]+$/);
    });
  });
});
