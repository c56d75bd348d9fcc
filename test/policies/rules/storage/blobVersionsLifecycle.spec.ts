import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageBlobVersionsLifecycle as rule } from "../../../../policies/rules/storage/blobVersionsLifecycle";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const blob = (isVersioningEnabled: unknown = true, accountName: unknown = "stai") =>
  stackResource(T.blobServiceProperties, "st-blob", {
    resourceGroupName: "rg",
    accountName,
    blobServicesName: "default",
    isVersioningEnabled,
  });
const versionRule = (extra: Record<string, unknown> = {}) => ({
  name: "oldversions",
  enabled: true,
  type: "Lifecycle",
  definition: {
    filters: { blobTypes: ["blockBlob"] },
    actions: {
      version: {
        tierToCool: { daysAfterCreationGreaterThan: 30 },
        delete: { daysAfterCreationGreaterThan: 365 },
      },
    },
  },
  ...extra,
});
const lifecycle = (rules: unknown = [versionRule()], accountName: unknown = "stai") =>
  stackResource(T.managementPolicy, "st-lifecycle", {
    resourceGroupName: "rg",
    accountName,
    managementPolicyName: "default",
    policy: { rules },
  });
const REPORT =
  "The blob service 'st-blob' keeps every previous version, but no lifecycle rule of its account deletes old versions; add a storage:ManagementPolicy rule with actions.version.delete.";

describe("storage-blob-versions-lifecycle", () => {
  it("passes versioning with a rule that deletes old versions (CmkStorageAccount's default)", () =>
    assert.deepStrictEqual(messages(runStackPolicy(rule, [blob(), lifecycle()])), []));

  it("passes an account without versioning and no policy", () =>
    assert.deepStrictEqual(messages(runStackPolicy(rule, [blob(false)])), []));

  it("reports versioning without any management policy, on the blob service", () => {
    const result = runStackPolicy(rule, [blob()]);
    assert.deepStrictEqual(messages(result), [REPORT]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.blobServiceProperties, "st-blob"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a policy that only tiers versions, a disabled rule, and another account's policy", () => {
    const tierOnly = versionRule({
      definition: {
        filters: { blobTypes: ["blockBlob"] },
        actions: { version: { tierToCool: { daysAfterCreationGreaterThan: 30 } } },
      },
    });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [blob(), lifecycle([tierOnly])])), [
      REPORT,
    ]);
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [blob(), lifecycle([versionRule({ enabled: false })])])),
      [REPORT],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [blob(), lifecycle(undefined, "stother")])),
      [REPORT],
    );
  });

  it("pairs them through the account resource when the names are unknown", () => {
    const account = stackResource(T.storageAccount, "st", { accountName: UNKNOWN });
    const deps = { propertyDependencies: { accountName: [account] } };
    const service = stackResource(
      T.blobServiceProperties,
      "st-blob",
      { accountName: UNKNOWN, isVersioningEnabled: true },
      deps,
    );
    const policy = stackResource(
      T.managementPolicy,
      "st-lifecycle",
      { accountName: UNKNOWN, policy: { rules: [versionRule()] } },
      deps,
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account, service, policy])), []);
  });

  it("does not report at preview while the policy's account or rules are unknown", () => {
    assert.deepStrictEqual(runStackPolicy(rule, [blob(), lifecycle(UNKNOWN)]).violations, []);
    assert.deepStrictEqual(
      runStackPolicy(rule, [blob(), lifecycle(undefined, UNKNOWN)]).violations,
      [],
    );
  });
});
