import * as assert from "assert";
import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { Props, TYPE_GROUPS } from "../../../../policies/lib";
import { diagnosticsAllLogsToWorkspace as rule } from "../../../../policies/rules/monitor/diagnosticsAllLogsToWorkspace";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const [V3, V2] = TYPE_GROUPS.diagnosticSetting;
const setting = (): Props<DiagnosticSettingArgs> => ({
  resourceUri: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv",
  workspaceId:
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
  logs: [{ categoryGroup: "allLogs", enabled: true }],
  metrics: [{ category: "AllMetrics", enabled: true }],
});
const run = (props: object, type: string = V3) => runResourcePolicy(rule, type, props);

describe("diagnostics-all-logs-to-workspace", () => {
  it("passes the compliant baseline under the v3 and the v2 token", () => {
    assert.deepStrictEqual(messages(run(setting())), []);
    const v2 = run({ ...setting(), logs: [] }, V2);
    assert.strictEqual(v2.ran, true);
    assert.strictEqual(v2.violations.length, 1);
  });

  it("accepts the audit category group", () =>
    assert.deepStrictEqual(
      messages(run({ ...setting(), logs: [{ categoryGroup: "audit", enabled: true }] })),
      [],
    ));

  it("reports logs sent elsewhere than Log Analytics", () => {
    const props = setting();
    delete props.workspaceId;
    assert.deepStrictEqual(messages(run(props)), [
      "workspaceId is not set; send the logs to a Log Analytics workspace.",
    ]);
  });

  it("reports single categories or disabled groups", () =>
    assert.deepStrictEqual(
      messages(
        run({
          ...setting(),
          logs: [
            { category: "AuditEvent", enabled: true },
            { categoryGroup: "allLogs", enabled: false },
          ],
        }),
      ),
      [
        "logs has no enabled 'allLogs' or 'audit' category group; add { categoryGroup: 'allLogs', enabled: true }.",
      ],
    ));

  it("accepts every category of a type whose categories are all known", () => {
    const endpoint =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/ep";
    const logs = [
      "AmlOnlineEndpointConsoleLog",
      "AmlOnlineEndpointTrafficLog",
      "AmlOnlineEndpointEventLog",
    ].map((category) => ({ category, enabled: true }));
    assert.deepStrictEqual(messages(run({ ...setting(), resourceUri: endpoint, logs })), []);
    assert.deepStrictEqual(
      messages(run({ ...setting(), resourceUri: endpoint, logs: logs.slice(1) })),
      [
        "logs has no enabled 'allLogs' or 'audit' category group; add { categoryGroup: 'allLogs', enabled: true }.",
      ],
    );
  });

  it("accepts AKS's audit categories without the high-volume kube-audit reads, or with them", () => {
    const cluster =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks";
    const logs = (...categories: string[]) =>
      categories.map((category) => ({ category, enabled: true }));
    const at = (l: object[]) => messages(run({ ...setting(), resourceUri: cluster, logs: l }));
    assert.deepStrictEqual(
      at(logs("kube-apiserver", "kube-audit-admin", "guard", "cluster-autoscaler")),
      [],
    );
    assert.deepStrictEqual(at(logs("kube-apiserver", "kube-audit", "guard")), []);
    const missing = [
      "logs has no enabled 'allLogs' or 'audit' category group; add { categoryGroup: 'allLogs', enabled: true }.",
    ];
    assert.deepStrictEqual(at(logs("kube-apiserver", "kube-audit-admin")), missing);
    assert.deepStrictEqual(
      at([...logs("kube-apiserver", "guard"), { category: "kube-audit-admin", enabled: false }]),
      missing,
    );
  });

  it("takes the sufficient categories from the config", () => {
    const vault = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv";
    const props = {
      ...setting(),
      resourceUri: vault,
      logs: [{ category: "AuditEvent", enabled: true }],
    };
    assert.strictEqual(messages(run(props)).length, 1);
    const result = runResourcePolicy(rule, V3, props, {
      config: { sufficientCategories: { "microsoft.keyvault/vaults": ["AuditEvent"] } },
    });
    assert.deepStrictEqual(messages(result), []);
  });

  it("expects no logs from a storage account, whose services carry them", () => {
    const account =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1";
    assert.deepStrictEqual(messages(run({ ...setting(), resourceUri: account, logs: [] })), []);
    assert.deepStrictEqual(
      messages(run({ ...setting(), resourceUri: `${account}/blobServices/default`, logs: [] })),
      [
        "logs has no enabled 'allLogs' or 'audit' category group; add { categoryGroup: 'allLogs', enabled: true }.",
      ],
    );
  });

  it("reads the target only when the logs do not decide", () => {
    assert.deepStrictEqual(run({ ...setting(), resourceUri: UNKNOWN }).violations, []);
    assert.strictEqual(
      run({ ...setting(), resourceUri: UNKNOWN, logs: [] }).unknown,
      "string value at .resourceUri can't be known during preview",
    );
  });

  it("tests the workspace id for presence only, so an unknown id passes", () => {
    const result = run({ ...setting(), workspaceId: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the logs are unknown", () =>
    assert.strictEqual(
      run({ ...setting(), logs: UNKNOWN }).unknown,
      "string value at .logs can't be known during preview",
    ));

  it("does not apply to other types", () =>
    assert.strictEqual(
      runResourcePolicy(rule, "azure-native:keyvault:Vault", {}).notApplicable,
      "Policy only applies to resources of type 'azure-native:monitor:DiagnosticSetting,azure-native:insights:DiagnosticSetting'",
    ));
});
