import * as assert from "assert";
import { PrivateSearch, PrivateSearchArgs } from "../../../components/genai";
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

const zone = "privatelink.search.windows.net";
const storageId = `${group}/providers/Microsoft.Storage/storageAccounts/stailz`;
const args = (extra: Partial<PrivateSearchArgs> = {}): PrivateSearchArgs => ({
  resourceGroupName: rg,
  privateEndpoint: privateEndpointWithZones(zone),
  diagnosticSettings: diagnostics,
  ...extra,
});
const SERVICE = "azure-native:search:Service";

describe("PrivateSearch", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let srch: PrivateSearch;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      srch = new PrivateSearch("srch", args(), { transformations: [recorder.transformation] });
      await settle();
    });

    it("is Entra-only, private, CMK-enforced, identity-bearing and has three replicas", () => {
      const s = mocks.one(SERVICE).inputs;
      assert.match(s.searchServiceName, /^srch-srch-[0-9a-f]{8}$/);
      assert.deepStrictEqual(
        {
          sku: s.sku,
          replicaCount: s.replicaCount,
          partitionCount: s.partitionCount,
          disableLocalAuth: s.disableLocalAuth,
          authOptions: s.authOptions,
          publicNetworkAccess: s.publicNetworkAccess,
          networkRuleSet: s.networkRuleSet,
          encryptionWithCmk: s.encryptionWithCmk,
          identity: s.identity,
          semanticSearch: s.semanticSearch,
        },
        {
          sku: { name: "standard" },
          replicaCount: 3,
          partitionCount: 1,
          disableLocalAuth: true,
          authOptions: undefined,
          publicNetworkAccess: "Disabled",
          networkRuleSet: { bypass: "None", ipRules: [] },
          encryptionWithCmk: { enforcement: "Enabled" },
          identity: { type: "SystemAssigned" },
          semanticSearch: "standard",
        },
      );
      assert.strictEqual(mocks.ofType("azure-native:search:SharedPrivateLinkResource").length, 0);
    });

    it("is protected from deletion", () => {
      assert.strictEqual(recorder.protected(SERVICE, "srch-search"), true);
    });

    it("has a private endpoint in the searchService group with its zone, and diagnostics", async () => {
      const id = await unwrap(srch.resourceId);
      assert.strictEqual(
        id,
        `${group}/providers/Microsoft.Search/searchServices/${await unwrap(srch.name)}`,
      );
      const pe = mocks.one("azure-native:network:PrivateEndpoint");
      assert.deepStrictEqual(
        pe.inputs.privateLinkServiceConnections.map((c: any) => [
          c.privateLinkServiceId,
          c.groupIds,
        ]),
        [[id, ["searchService"]]],
      );
      assert.deepStrictEqual(
        mocks.one("azure-native:network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs,
        [{ name: "privatelink-search-windows-net", privateDnsZoneId: hubZone(zone) }],
      );
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.deepStrictEqual(
        [diag.resourceUri, diag.logs, diag.metrics],
        [
          id,
          [{ categoryGroup: "allLogs", enabled: true }],
          [{ category: "AllMetrics", enabled: true }],
        ],
      );
      assert.strictEqual(
        await unwrap(srch.endpoint),
        `https://${await unwrap(srch.name)}.search.windows.net`,
      );
    });
  });

  it("reaches what it indexes over shared private links, one at a time", async () => {
    new PrivateSearch(
      "srchspl",
      args({
        serviceName: "srch-links",
        sharedPrivateLinks: [
          { name: "storage", privateLinkResourceId: storageId, groupId: "blob" },
          {
            name: "vault",
            privateLinkResourceId: ids.vault,
            groupId: "vault",
            requestMessage: "m",
          },
        ],
      }),
    );
    await settle();
    const links = mocks.ofType("azure-native:search:SharedPrivateLinkResource");
    assert.strictEqual(links.length, 2);
    assert.deepStrictEqual(
      links.map((l) => [
        l.inputs.searchServiceName,
        l.inputs.sharedPrivateLinkResourceName,
        l.inputs.properties,
      ]),
      [
        [
          "srch-links",
          "storage",
          { privateLinkResourceId: storageId, groupId: "blob", requestMessage: "Azure AI Search" },
        ],
        [
          "srch-links",
          "vault",
          { privateLinkResourceId: ids.vault, groupId: "vault", requestMessage: "m" },
        ],
      ],
    );
  });

  it("opts out explicitly: keys, public ranges, no CMK enforcement, one replica, no protection", async () => {
    const recorder = new OptionsRecorder();
    new PrivateSearch(
      "srchopen",
      args({
        disableLocalAuth: false,
        publicNetworkAccess: "Enabled",
        allowedIpRanges: ["203.0.113.0/24"],
        enforceCustomerManagedKey: false,
        replicaCount: 1,
        skuName: "basic",
        managedIdentities: { systemAssigned: true, userAssignedResourceIds: [ids.identity] },
        protect: false,
      }),
      { transformations: [recorder.transformation] },
    );
    await settle();
    const s = mocks.one(SERVICE).inputs;
    assert.deepStrictEqual(
      [s.disableLocalAuth, s.publicNetworkAccess, s.networkRuleSet, s.encryptionWithCmk],
      [
        false,
        "Enabled",
        { bypass: "None", ipRules: [{ value: "203.0.113.0/24" }] },
        { enforcement: "Unspecified" },
      ],
    );
    assert.deepStrictEqual([s.replicaCount, s.sku], [1, { name: "basic" }]);
    assert.deepStrictEqual(s.identity, {
      type: "SystemAssigned, UserAssigned",
      userAssignedIdentities: [ids.identity],
    });
    assert.strictEqual(recorder.protected(SERVICE, "srchopen-search"), false);
  });

  it("rejects bad input, naming each property", () =>
    assertInputErrors(
      () =>
        new PrivateSearch(
          "bad",
          args({
            serviceName: "Srch_Bad",
            skuName: "free" as never,
            replicaCount: 13,
            partitionCount: 5,
            semanticSearch: "premium" as never,
            allowedIpRanges: ["203.0.113.0/24"],
            sharedPrivateLinks: [
              { name: "a", privateLinkResourceId: "not-an-id", groupId: "blob" },
              { name: "a", privateLinkResourceId: storageId, groupId: "blob store" },
            ],
            privateEndpoint: privateEndpointWithZones("privatelink.blob.core.windows.net"),
          }),
        ),
      [
        {
          propertyPath: "serviceName",
          reason: '"Srch_Bad" is not a valid name: use 2-60 lowercase',
        },
        { propertyPath: "skuName", reason: '"free" is not allowed: use basic, standard' },
        {
          propertyPath: "replicaCount",
          reason: "13 is out of range: use a whole number from 1 to 12",
        },
        { propertyPath: "partitionCount", reason: "5 is not allowed: use 1, 2, 3, 4, 6 or 12" },
        { propertyPath: "semanticSearch", reason: '"premium" is not allowed' },
        {
          propertyPath: "sharedPrivateLinks[0].privateLinkResourceId",
          reason: '"not-an-id" is not an ARM resource ID',
        },
        { propertyPath: "sharedPrivateLinks[1].name", reason: '"a" is used twice' },
        {
          propertyPath: "sharedPrivateLinks[1].groupId",
          reason: '"blob store" is not a private-link group',
        },
        {
          propertyPath: "allowedIpRanges",
          reason: 'applies only with publicNetworkAccess: "Enabled"',
        },
        {
          propertyPath:
            'privateEndpoint.privateDnsZoneResourceIds["privatelink.search.windows.net"]',
          reason: "is required for the searchService private endpoint",
        },
      ],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows every input the pack judges and its own ID", async () => {
      const srch = new PrivateSearch("pv", args());
      await settle();
      const s = preview.one(SERVICE).inputs;
      assert.deepStrictEqual(
        [
          s.disableLocalAuth,
          s.publicNetworkAccess,
          s.encryptionWithCmk,
          s.replicaCount,
          s.identity,
        ],
        [true, "Disabled", { enforcement: "Enabled" }, 3, { type: "SystemAssigned" }],
      );
      assert.strictEqual(await isKnown(srch.resourceId), true);
      assert.strictEqual(await isKnown(srch.endpoint), true);
    });
  });
});
