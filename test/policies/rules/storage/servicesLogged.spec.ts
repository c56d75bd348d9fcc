import * as assert from "assert";
import { T, TYPE_GROUPS } from "../../../../policies/lib";
import { storageServicesLogged as rule } from "../../../../policies/rules/storage/servicesLogged";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const [DIAG] = TYPE_GROUPS.diagnosticSetting;
const ACCOUNT =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stai";
const account = (accountName: unknown = "stai") =>
  stackResource(T.storageAccount, "st", { accountName });
const allLogs = [{ categoryGroup: "allLogs", enabled: true }];
const setting = (service: string, logs: unknown = allLogs) =>
  stackResource(DIAG, `diag-${service}`, {
    resourceUri: `${ACCOUNT}/${service}Services/default`,
    workspaceId: UNKNOWN,
    logs,
  });
const logged = (...services: string[]) => services.map((s) => setting(s));

describe("storage-services-logged", () => {
  it("passes an account whose blob, queue and table services log everything", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), ...logged("blob", "queue", "table")])),
      [],
    ));

  it("accepts the three operation categories instead of allLogs", () => {
    const operations = ["StorageRead", "StorageWrite", "StorageDelete"].map((category) => ({
      category,
      enabled: true,
    }));
    const settings = [setting("blob", operations), ...logged("queue", "table")];
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account(), ...settings])), []);
  });

  it("reports the services without logs, on the account", () => {
    const result = runStackPolicy(rule, [account(), setting("blob")]);
    assert.deepStrictEqual(messages(result), [
      "The storage account 'st' does not log reads, writes and deletes of its 'queue', 'table' service(s); add diagnostic settings on them.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.storageAccount, "st"));
  });

  it("reports a setting that leaves deletes out", () => {
    const partial = ["StorageRead", "StorageWrite"].map((category) => ({
      category,
      enabled: true,
    }));
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [account(), setting("blob", partial), ...logged("queue", "table")]),
      ),
      [
        "The storage account 'st' does not log reads, writes and deletes of its 'blob' service(s); add diagnostic settings on them.",
      ],
    );
  });

  it("checks only the configured services", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [account(), setting("blob")], { config: { services: ["blob"] } }),
      ),
      [],
    ));

  it("follows the graph when the setting's target is unknown at preview", () => {
    const st = account(UNKNOWN);
    const queue = stackResource(
      T.queueServiceProperties,
      "queue",
      { accountName: UNKNOWN },
      { propertyDependencies: { accountName: [st] } },
    );
    const diag = stackResource(
      DIAG,
      "diag-queue",
      { resourceUri: UNKNOWN, logs: allLogs },
      { propertyDependencies: { resourceUri: [queue] } },
    );
    const result = runStackPolicy(rule, [st, queue, diag], { config: { services: ["queue"] } });
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("leaves the account undecided while a storage setting's target is unknown", () => {
    const st = account();
    const diag = stackResource(
      DIAG,
      "diag",
      { resourceUri: UNKNOWN, logs: allLogs },
      { propertyDependencies: { resourceUri: [st] } },
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [st, diag])), []);
  });
});
