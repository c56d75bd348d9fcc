/** Storage accounts without blob service settings in the stack get Azure's defaults: no soft delete, no versioning. */
import * as assert from "assert";
import { T } from "../../../../../policies/lib";
import { storageBlobSoftDelete } from "../../../../../policies/rules/storage/blobSoftDelete";
import { storageBlobVersioning } from "../../../../../policies/rules/storage/blobVersioning";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../../helpers/policyArgs";
import { blobService, storageAccount } from "../fixtures";

const account = (fields: Record<string, unknown> = {}, name = "st") =>
  stackResource(T.storageAccount, name, { ...storageAccount(), accountName: "stai", ...fields });
const service = (fields: Record<string, unknown> = {}, o = {}) =>
  stackResource(T.blobServiceProperties, "blob", { ...blobService(), ...fields }, o);

const cases = [
  {
    rule: storageBlobSoftDelete,
    message:
      "The storage account 'st' has no blob service settings in the stack, so deleted blobs and containers cannot be recovered; add a storage:BlobServiceProperties with deleteRetentionPolicy and containerDeleteRetentionPolicy enabled.",
  },
  {
    rule: storageBlobVersioning,
    message:
      "The storage account 'st' has no blob service settings in the stack, so overwritten blobs keep no previous version; add a storage:BlobServiceProperties with isVersioningEnabled: true.",
  },
];

for (const { rule, message } of cases) {
  describe(`${rule.name}: every storage account has blob service settings`, () => {
    it("passes an account whose blob service names it (any case, same group)", () =>
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [account(), service({ accountName: "STAI" })])),
        [],
      ));

    it("reports an account without blob service settings, attached to it, as advisory", () => {
      const st = account();
      const result = runStackPolicy(rule, [st]);
      assert.deepStrictEqual(messages(result), [message]);
      assert.strictEqual(result.violations[0].urn, st.urn);
      assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    });

    it("does not count another account's blob service, or one in another group", () => {
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [account(), service({ accountName: "other" })])),
        [message],
      );
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [account(), service({ resourceGroupName: "rg-other" })])),
        [message],
      );
    });

    it("pairs them through the graph or the parent when names are unknown at preview", () => {
      const st = account({ accountName: UNKNOWN });
      const byEdge = service(
        { accountName: UNKNOWN },
        { propertyDependencies: { accountName: [st] } },
      );
      assert.deepStrictEqual(messages(runStackPolicy(rule, [st, byEdge])), []);
      const byParent = service({ accountName: UNKNOWN }, { parent: st });
      assert.deepStrictEqual(messages(runStackPolicy(rule, [st, byParent])), []);
      // A blob service that may belong to it leaves the account undecided.
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [st, service({ accountName: UNKNOWN })])),
        [],
      );
    });

    it("ignores FileStorage accounts, which have no blob service", () =>
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [account({ kind: "FileStorage" })])),
        [],
      ));

    it("is not applicable to a stack without storage accounts", () =>
      assert.strictEqual(
        runStackPolicy(rule, [service()]).notApplicable,
        `Policy only applies to resources of type '${T.storageAccount}'`,
      ));
  });
}
