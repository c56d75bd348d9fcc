import * as assert from "assert";
import { AiGateway, AiGatewayArgs, legacyProtocolsOff } from "../../../components/genai";
import { builtInRoles } from "../../../components/common";
import { assertInputErrors } from "../../helpers/inputErrors";
import { diagnostics, group, ids, rg } from "../../helpers/fixtures";
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

const subnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-ailz/subnets/snet-apim`;
const ptu = `${group}/providers/Microsoft.CognitiveServices/accounts/aif-ptu`;
const paygo = `${group}/providers/Microsoft.CognitiveServices/accounts/aif-paygo`;
const appInsights = `${group}/providers/Microsoft.Insights/components/appi-ailz`;
const args = (extra: Partial<AiGatewayArgs> = {}): AiGatewayArgs => ({
  resourceGroupName: rg,
  publisherEmail: "platform@contoso.com",
  publisherName: "Contoso AI platform",
  subnetResourceId: subnet,
  backends: [
    { name: "ptu", accountResourceId: ptu, url: "https://aif-ptu.openai.azure.com/openai" },
    {
      name: "paygo",
      accountResourceId: paygo,
      url: "https://aif-paygo.openai.azure.com/openai",
      priority: 2,
    },
  ],
  applicationInsights: { resourceId: appInsights, connectionString: "InstrumentationKey=x" },
  diagnosticSettings: diagnostics,
  ...extra,
});
const A = "azure-native:apimanagement";

describe("AiGateway", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let gw: AiGateway;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      gw = new AiGateway("gw", args(), { transformations: [recorder.transformation] });
      await settle();
    });

    it("runs inside the network with a managed identity and no legacy TLS", () => {
      const s = mocks.one(`${A}:ApiManagementService`).inputs;
      assert.match(s.serviceName, /^apim-gw-[0-9a-f]{8}$/);
      assert.deepStrictEqual(
        {
          sku: s.sku,
          identity: s.identity,
          virtualNetworkType: s.virtualNetworkType,
          virtualNetworkConfiguration: s.virtualNetworkConfiguration,
          customProperties: s.customProperties,
          developerPortalStatus: s.developerPortalStatus,
        },
        {
          sku: { name: "Premium", capacity: 1 },
          identity: { type: "SystemAssigned" },
          virtualNetworkType: "Internal",
          virtualNetworkConfiguration: { subnetResourceId: subnet },
          customProperties: legacyProtocolsOff,
          developerPortalStatus: "Disabled",
        },
      );
      assert.strictEqual(recorder.protected(`${A}:ApiManagementService`, "gw-apim"), true);
    });

    it("pools the backends by priority behind circuit breakers, with no stored credentials", async () => {
      const id = await unwrap(gw.resourceId);
      const backends = mocks.ofType(`${A}:Backend`);
      assert.strictEqual(backends.length, 3);
      for (const b of backends) assert.strictEqual(b.inputs.credentials, undefined);
      const singles = backends.filter((b) => b.inputs.type === "Single");
      assert.deepStrictEqual(
        singles.map((b) => [b.inputs.backendId, b.inputs.url, b.inputs.circuitBreaker.rules[0]]),
        ["ptu", "paygo"].map((n) => [
          n,
          `https://aif-${n}.openai.azure.com/openai`,
          {
            name: "throttled-or-failing",
            acceptRetryAfter: true,
            tripDuration: "PT1M",
            failureCondition: {
              count: 3,
              interval: "PT1M",
              statusCodeRanges: [
                { min: 429, max: 429 },
                { min: 500, max: 599 },
              ],
            },
          },
        ]),
      );
      const pool = backends.find((b) => b.inputs.type === "Pool")!;
      assert.deepStrictEqual(pool.inputs.pool, {
        services: [
          { id: `${id}/backends/ptu`, priority: 1, weight: 1 },
          { id: `${id}/backends/paygo`, priority: 2, weight: 1 },
        ],
      });
    });

    it("gives its identity only the OpenAI data-plane role on each backend", async () => {
      const principal = await unwrap(gw.principalId);
      const roles = mocks.ofType("azure-native:authorization:RoleAssignment");
      assert.strictEqual(roles.length, 2);
      assert.deepStrictEqual(
        roles.map((r) => [r.inputs.scope, r.inputs.roleDefinitionId, r.inputs.principalId]).sort(),
        [paygo, ptu].map((scope) => [
          scope,
          `/providers/Microsoft.Authorization/roleDefinitions/${builtInRoles["Cognitive Services OpenAI User"]}`,
          principal,
        ]),
      );
    });

    it("drops callers' keys, calls with its identity, limits tokens and emits token metrics", () => {
      const policy = mocks.one(`${A}:ApiPolicy`).inputs;
      assert.strictEqual(policy.format, "rawxml");
      for (const element of [
        '<set-header name="api-key" exists-action="delete" />',
        '<authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
        '<set-backend-service backend-id="ai-pool" />',
        '<azure-openai-token-limit counter-key="@(context.Subscription.Id)" tokens-per-minute="10000"',
        '<azure-openai-emit-token-metric namespace="ai-gateway">',
      ]) {
        assert.ok(policy.value.includes(element), element);
      }
      const api = mocks.one(`${A}:Api`).inputs;
      assert.deepStrictEqual(
        [api.path, api.protocols, api.subscriptionRequired],
        ["openai", ["https"], true],
      );
    });

    it("sends metrics to Application Insights and logs to Log Analytics", async () => {
      const logger = mocks.one(`${A}:Logger`).inputs;
      assert.deepStrictEqual(
        [logger.loggerType, logger.resourceId],
        ["applicationInsights", appInsights],
      );
      const diag = mocks.one(`${A}:Diagnostic`).inputs;
      assert.deepStrictEqual(
        [diag.diagnosticId, diag.metrics, diag.logClientIp],
        ["applicationinsights", true, false],
      );
      const setting = mocks.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.deepStrictEqual(
        [setting.resourceUri, setting.workspaceId],
        [await unwrap(gw.resourceId), ids.workspace],
      );
    });
  });

  it("rejects bad input, naming each property", () =>
    assertInputErrors(
      () =>
        new AiGateway(
          "bad",
          args({
            publisherEmail: "nobody",
            skuName: "Consumption" as never,
            subnetResourceId: ids.vault,
            backends: [
              { name: "a", accountResourceId: ids.vault, url: "http://insecure" },
              { name: "a", accountResourceId: ptu, url: "https://x", priority: 0 },
            ],
            applicationInsights: undefined as never,
          }),
        ),
      [
        { propertyPath: "publisherEmail", reason: '"nobody" is not an email address' },
        {
          propertyPath: "skuName",
          reason: '"Consumption" is not allowed: use Developer or Premium',
        },
        {
          propertyPath: "subnetResourceId",
          reason: "expected a Microsoft.Network/virtualNetworks/subnets ID",
        },
        {
          propertyPath: "backends[0].accountResourceId",
          reason: "expected a Microsoft.CognitiveServices/accounts ID",
        },
        { propertyPath: "backends[0].url", reason: '"http://insecure" is not allowed' },
        { propertyPath: "backends[1].name", reason: '"a" is used twice' },
        { propertyPath: "backends[1].priority", reason: "0 is out of range" },
        { propertyPath: "applicationInsights", reason: "is required" },
      ],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the network mode, identity, pool and policy", async () => {
      const gw = new AiGateway("pv", args({ skuName: "Developer" }));
      await settle();
      const s = preview.one(`${A}:ApiManagementService`).inputs;
      assert.deepStrictEqual(
        [s.virtualNetworkType, s.identity, s.sku],
        ["Internal", { type: "SystemAssigned" }, { name: "Developer", capacity: 1 }],
      );
      const pool = preview.ofType(`${A}:Backend`).find((b) => b.inputs.type === "Pool")!;
      assert.strictEqual(pool.inputs.pool.services.length, 2);
      assert.ok(typeof pool.inputs.pool.services[0].id === "string");
      assert.strictEqual(typeof preview.one(`${A}:ApiPolicy`).inputs.value, "string");
      assert.strictEqual(await isKnown(gw.resourceId), true);
    });
  });
});
