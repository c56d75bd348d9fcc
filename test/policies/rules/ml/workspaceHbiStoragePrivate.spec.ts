import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspaceHbiStoragePrivate as rule } from "../../../../policies/rules/ml/workspaceHbiStoragePrivate";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

const STORAGE_ID =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stmlw";
const account = (publicNetworkAccess: unknown, name = "st", accountName = "stmlw") =>
  stackResource(T.storageAccount, name, {
    resourceGroupName: "rg-ai",
    accountName,
    publicNetworkAccess,
  });
const workspace = (fields: Record<string, unknown> = {}) =>
  stackResource(T.mlWorkspace, "mlw", {
    ...compliantWorkspace(),
    storageAccount: STORAGE_ID,
    ...fields,
  });

describe("aml-workspace-hbi-storage-private", () => {
  it("passes an HBI workspace whose storage is closed to public networks", () => {
    const result = runStackPolicy(rule, [account("Disabled"), workspace()]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports the HBI workspace's public storage as mandatory, on the account", () => {
    const result = runStackPolicy(rule, [
      account("Enabled"),
      account("Enabled", "logs", "stlogs"),
      workspace(),
    ]);
    assert.deepStrictEqual(messages(result), [
      "The storage account 'st' holds data of the high business impact AML workspace 'mlw' but its publicNetworkAccess is 'Enabled'; set it to 'Disabled'.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.storageAccount, "st"));
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account(undefined), workspace()])), [
      "The storage account 'st' holds data of the high business impact AML workspace 'mlw' but its publicNetworkAccess is not set, so Azure enables it; set it to 'Disabled'.",
    ]);
  });

  it("leaves the storage of a workspace that is not HBI alone", () => {
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account("Enabled"), workspace({ hbiWorkspace: false })])),
      [],
    );
  });

  it("finds the account by known ID and by graph edge", () => {
    const byId = stackResource(T.storageAccount, "st", {
      id: STORAGE_ID,
      publicNetworkAccess: "Enabled",
    });
    assert.strictEqual(messages(runStackPolicy(rule, [byId, workspace()])).length, 1);
    const st = account("Enabled", "st", "stother");
    const linked = stackResource(
      T.mlWorkspace,
      "mlw",
      { ...compliantWorkspace(), storageAccount: UNKNOWN },
      { propertyDependencies: { storageAccount: [st] } },
    );
    assert.strictEqual(messages(runStackPolicy(rule, [st, linked])).length, 1);
  });

  it("waits when the HBI flag or the account's access is unknown at preview", () => {
    const unknownFlag = runStackPolicy(rule, [
      account("Enabled"),
      workspace({ hbiWorkspace: UNKNOWN }),
    ]);
    assert.deepStrictEqual(unknownFlag.violations, []);
    assert.strictEqual(unknownFlag.unknown, undefined);
    assert.deepStrictEqual(runStackPolicy(rule, [account(UNKNOWN), workspace()]).violations, []);
  });
});
