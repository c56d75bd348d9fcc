import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { workspaceStorageCmk as rule } from "../../../../policies/rules/governance/workspaceStorageCmk";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const CMK = {
  keySource: "Microsoft.Keyvault",
  keyVaultProperties: { keyName: "k", keyVaultUri: UNKNOWN },
};
const account = (name: string, encryption: unknown) =>
  stackResource(T.storageAccount, name, { encryption, id: UNKNOWN });
const workspace = (storage: ReturnType<typeof account>) =>
  stackResource(
    T.mlWorkspace,
    "mlw",
    { storageAccount: UNKNOWN },
    { propertyDependencies: { storageAccount: [storage] } },
  );

describe("workspace-storage-cmk", () => {
  it("passes a workspace whose storage uses a customer-managed key", () => {
    const st = account("st", CMK);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [st, workspace(st)])), []);
  });

  it("reports the workspace's storage with Microsoft-managed keys, on the account", () => {
    const st = account("st", { keySource: "Microsoft.Storage" });
    const other = account("logs", { keySource: "Microsoft.Storage" });
    const result = runStackPolicy(rule, [st, other, workspace(st)]);
    assert.deepStrictEqual(messages(result), [
      "The storage account 'st' holds data of the AML workspace 'mlw' but uses Microsoft-managed keys; set encryption.keySource to 'Microsoft.Keyvault'.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.storageAccount, "st"));
  });

  it("matches the workspace's storage by a known id", () => {
    const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st";
    const st = stackResource(T.storageAccount, "st", { id });
    const ws = stackResource(T.mlWorkspace, "mlw", { storageAccount: id });
    assert.strictEqual(messages(runStackPolicy(rule, [st, ws])).length, 1);
  });

  it("waits when the account's encryption is unknown at preview", () => {
    const st = account("st", UNKNOWN);
    const result = runStackPolicy(rule, [st, workspace(st)]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });
});
