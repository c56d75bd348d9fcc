import * as assert from "assert";
import { CmkStorageAccount, CmkStorageAccountArgs } from "../../../components/storage";
import { assertInputErrors } from "../../helpers/inputErrors";
import { diagnostics, ids, privateEndpointWithZones, rg } from "../../helpers/fixtures";
import { mocksPerSpec, RecorderMocks, settle, useMocks } from "../../helpers/mocks";

const args = (extra: Partial<CmkStorageAccountArgs> = {}): CmkStorageAccountArgs => ({
  resourceGroupName: rg,
  accountName: "stdata01",
  customerManagedKey: {
    keyVaultResourceId: ids.vault,
    keyName: "cmk-data",
    userAssignedIdentityResourceId: ids.identity,
  },
  privateEndpoint: privateEndpointWithZones(
    "privatelink.blob.core.windows.net",
    "privatelink.file.core.windows.net",
  ),
  diagnosticSettings: diagnostics,
  ...extra,
});
const POLICY = "azure-native:storage:ManagementPolicy";
const CONTAINER = "azure-native:storage:BlobContainer";
const WORM = "azure-native:storage:BlobContainerImmutabilityPolicy";

const versionRule = (cool: number, del: number) => ({
  name: "oldversions",
  enabled: true,
  type: "Lifecycle",
  definition: {
    filters: { blobTypes: ["blockBlob"] },
    actions: {
      version: {
        tierToCool: { daysAfterCreationGreaterThan: cool },
        delete: { daysAfterCreationGreaterThan: del },
      },
    },
  },
});

describe("CmkStorageAccount lifecycle", () => {
  const mocks = mocksPerSpec();

  it("by default moves old blob versions to cool after 30 days and deletes them after 365", async () => {
    new CmkStorageAccount("data", args());
    await settle();
    const policy = mocks.one(POLICY).inputs;
    assert.deepStrictEqual(
      [policy.resourceGroupName, policy.accountName, policy.managementPolicyName, policy.policy],
      [rg, "stdata01", "default", { rules: [versionRule(30, 365)] }],
    );
    assert.strictEqual(mocks.ofType(CONTAINER).length, 0);
  });

  it("ages out collected inference data by prefix and makes audit containers immutable", async () => {
    new CmkStorageAccount(
      "data",
      args({
        lifecycle: {
          versionsCoolAfterDays: 7,
          versionsDeleteAfterDays: 90,
          dataRules: [
            {
              name: "inferencedata",
              prefixes: ["inference-data/modelDataCollector/"],
              coolAfterDays: 14,
              deleteAfterDays: 60,
            },
          ],
          immutableContainers: [{ name: "audit", retentionDays: 2555 }],
        },
      }),
    );
    await settle();
    assert.deepStrictEqual(mocks.one(POLICY).inputs.policy.rules, [
      versionRule(7, 90),
      {
        name: "inferencedata",
        enabled: true,
        type: "Lifecycle",
        definition: {
          filters: {
            blobTypes: ["blockBlob"],
            prefixMatch: ["inference-data/modelDataCollector/"],
          },
          actions: {
            baseBlob: {
              tierToCool: { daysAfterModificationGreaterThan: 14 },
              delete: { daysAfterModificationGreaterThan: 60 },
            },
          },
        },
      },
    ]);
    const container = mocks.one(CONTAINER).inputs;
    assert.deepStrictEqual(
      [container.containerName, container.publicAccess, container.immutableStorageWithVersioning],
      ["audit", "None", { enabled: true }],
    );
    const worm = mocks.one(WORM).inputs;
    assert.deepStrictEqual(
      [
        worm.containerName,
        worm.immutabilityPolicyName,
        worm.immutabilityPeriodSinceCreationInDays,
        worm.allowProtectedAppendWrites,
      ],
      ["audit", "default", 2555, true],
    );
  });

  it("opts out with lifecycle: { enabled: false }, keeping versioning on", async () => {
    new CmkStorageAccount("data", args({ lifecycle: { enabled: false } }));
    await settle();
    assert.strictEqual(mocks.ofType(POLICY).length, 0);
    assert.strictEqual(
      mocks.one("azure-native:storage:BlobServiceProperties").inputs.isVersioningEnabled,
      true,
    );
  });

  it("rejects out-of-order days, bad names and prefixes, and repeated containers", () =>
    assertInputErrors(
      () =>
        new CmkStorageAccount(
          "bad",
          args({
            lifecycle: {
              versionsCoolAfterDays: 400,
              dataRules: [
                { name: "oldversions", prefixes: ["Bad_Container/x"], deleteAfterDays: 10 },
                { name: "no-hyphens", prefixes: [] },
              ],
              immutableContainers: [
                { name: "audit", retentionDays: 0 },
                { name: "audit", retentionDays: 30 },
              ],
            },
          }),
        ),
      [
        {
          propertyPath: "lifecycle.versionsDeleteAfterDays",
          reason: "365 is not after versionsCoolAfterDays (400)",
        },
        { propertyPath: "lifecycle.dataRules[0].name", reason: '"oldversions" is used twice' },
        {
          propertyPath: "lifecycle.dataRules[0].prefixes[0]",
          reason: '"Bad_Container/x" does not start with a container name',
        },
        {
          propertyPath: "lifecycle.dataRules[0].deleteAfterDays",
          reason: "10 is not after coolAfterDays (30)",
        },
        { propertyPath: "lifecycle.dataRules[1].name", reason: '"no-hyphens" is not a rule name' },
        { propertyPath: "lifecycle.dataRules[1].prefixes", reason: "is empty" },
        {
          propertyPath: "lifecycle.immutableContainers[0].retentionDays",
          reason: "0 is out of range",
        },
        {
          propertyPath: "lifecycle.immutableContainers[1].name",
          reason: '"audit" is listed twice',
        },
      ],
    ));

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });

    it("knows the whole policy, even for an account whose name is computed", async () => {
      new CmkStorageAccount("pv", { ...args(), accountName: undefined });
      await settle();
      assert.deepStrictEqual(preview.one(POLICY).inputs.policy, { rules: [versionRule(30, 365)] });
    });
  });
});
