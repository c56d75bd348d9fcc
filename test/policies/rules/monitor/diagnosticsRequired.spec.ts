import * as assert from "assert";
import { T, TYPE_GROUPS } from "../../../../policies/lib";
import { diagnosticsRequired as rule } from "../../../../policies/rules/monitor/diagnosticsRequired";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

const [V3, V2] = TYPE_GROUPS.diagnosticSetting;
const resource = (type: string, name: string, id: unknown = UNKNOWN) =>
  stackResource(type, name, { id });
const settingFor = (target: ReturnType<typeof resource>, token: string = V3) =>
  stackResource(
    token,
    `${target.name}-diag`,
    { resourceUri: UNKNOWN },
    { propertyDependencies: { resourceUri: [target] } },
  );

const MONITORED: [string, string, string][] = [
  [T.mlWorkspace, "mlw", "AML workspace"],
  [T.aiAccount, "oai", "AI services account"],
  [T.vault, "kv", "key vault"],
  [T.registry, "acr", "container registry"],
  [T.managedCluster, "aks", "AKS cluster"],
  [T.storageAccount, "st", "storage account"],
  [T.mlOnlineEndpoint, "ep", "online endpoint"],
  [T.searchService, "srch", "AI Search service"],
  [T.cosmosAccount, "cosmos", "Cosmos DB account"],
  [T.apiManagement, "apim", "API Management service"],
];

describe("diagnostics-required", () => {
  it("passes when every monitored resource has a setting (v3 or v2 token)", () => {
    const resources = MONITORED.map(([type, name]) => resource(type, name));
    const settings = resources.map((r, i) => settingFor(r, i % 2 === 0 ? V3 : V2));
    assert.deepStrictEqual(messages(runStackPolicy(rule, [...resources, ...settings])), []);
  });

  for (const [type, name, label] of MONITORED) {
    it(`reports a ${label} without diagnostic setting`, () =>
      assert.deepStrictEqual(messages(runStackPolicy(rule, [resource(type, name)])), [
        `The ${label} '${name}' has no diagnostic setting; add a monitor:DiagnosticSetting for it.`,
      ]));
  }

  it("matches a storage sub-service resourceUri by known id", () => {
    const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st";
    const st = resource(T.storageAccount, "st", id);
    const diag = stackResource(V3, "st-blob-diag", { resourceUri: `${id}/blobServices/default` });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [st, diag])), []);
  });

  it("does not count a setting for another resource", () => {
    const kv = resource(T.vault, "kv");
    const other = resource(T.vault, "kv2");
    assert.deepStrictEqual(messages(runStackPolicy(rule, [kv, other, settingFor(other)])), [
      "The key vault 'kv' has no diagnostic setting; add a monitor:DiagnosticSetting for it.",
    ]);
  });
});
