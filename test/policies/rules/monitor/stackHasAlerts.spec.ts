import * as assert from "assert";
import type { PolicyResource } from "@pulumi/policy";
import { T } from "../../../../policies/lib";
import { stackHasAlerts as rule } from "../../../../policies/rules/monitor/stackHasAlerts";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

const RG = "/subscriptions/s/resourceGroups/rg-ai/providers";
const IDS = {
  endpoint: `${RG}/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/ep-1`,
  cluster: `${RG}/Microsoft.ContainerService/managedClusters/aks-1`,
  account: `${RG}/Microsoft.CognitiveServices/accounts/oai-1`,
  actionGroup: `${RG}/microsoft.insights/actionGroups/ag-ops`,
};
const endpoint = () =>
  stackResource(T.mlOnlineEndpoint, "ep", {
    resourceGroupName: "rg-ai",
    workspaceName: "mlw",
    endpointName: "ep-1",
  });
const cluster = () =>
  stackResource(T.managedCluster, "aks", { resourceGroupName: "rg-ai", resourceName: "aks-1" });
const account = () =>
  stackResource(T.aiAccount, "oai", { resourceGroupName: "RG-AI", accountName: "OAI-1" });
const metricAlert = (scopes: unknown[], fields: Record<string, unknown> = {}, name = "m") =>
  stackResource("azure-native:monitor:MetricAlert", name, {
    scopes,
    enabled: true,
    actions: [{ actionGroupId: IDS.actionGroup }],
    ...fields,
  });
const logAlert = (scopes: unknown[], actionGroups: unknown[], name = "l") =>
  stackResource("azure-native:insights:ScheduledQueryRule", name, {
    scopes,
    enabled: true,
    actions: { actionGroups },
  });
const run = (...resources: PolicyResource[]) => runStackPolicy(rule, resources);

describe("stack-has-alerts", () => {
  it("passes endpoints, clusters and AI accounts each watched by an alert that notifies an action group", () =>
    assert.deepStrictEqual(
      messages(
        run(
          endpoint(),
          cluster(),
          account(),
          metricAlert([IDS.endpoint], {}, "ep"),
          metricAlert([IDS.cluster.toUpperCase()], {}, "aks"),
          logAlert([IDS.account], [IDS.actionGroup], "oai"),
        ),
      ),
      [],
    ));

  it("counts an alert on a child of the resource, such as an endpoint's deployment", () =>
    assert.deepStrictEqual(
      messages(run(endpoint(), metricAlert([`${IDS.endpoint}/deployments/blue`]))),
      [],
    ));

  it("reports each serving resource no alert watches, attached to it, as advisory", () => {
    const ep = endpoint();
    const result = run(ep, cluster(), account(), metricAlert([IDS.cluster]));
    assert.deepStrictEqual(messages(result), [
      "The online endpoint 'ep' has no alert rule whose scopes include it; add a metric or log alert on its health and saturation.",
      "The AI services account 'oai' has no alert rule whose scopes include it; add a metric or log alert on its health and saturation.",
    ]);
    assert.strictEqual(result.violations[0].urn, ep.urn);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("does not count an alert on another resource of the same name in another group", () =>
    assert.deepStrictEqual(
      messages(run(cluster(), metricAlert([IDS.cluster.replace("rg-ai", "rg-other")]))),
      [
        "The AKS cluster 'aks' has no alert rule whose scopes include it; add a metric or log alert on its health and saturation.",
      ],
    ));

  it("reports a resource watched only by alerts that are disabled or notify nobody", () => {
    const watchedOnly = (alert: PolicyResource) => messages(run(endpoint(), alert));
    const expected = (name: string) => [
      `The online endpoint 'ep' is watched only by alert rules that are disabled or notify no action group ('${name}'); enable them and add an action group to their actions.`,
    ];
    assert.deepStrictEqual(
      watchedOnly(metricAlert([IDS.endpoint], { actions: [] })),
      expected("m"),
    );
    assert.deepStrictEqual(
      watchedOnly(metricAlert([IDS.endpoint], { actions: null })),
      expected("m"),
    );
    assert.deepStrictEqual(
      watchedOnly(metricAlert([IDS.endpoint], { actions: [{ actionGroupId: "ag" }] })),
      expected("m"),
    );
    assert.deepStrictEqual(
      watchedOnly(metricAlert([IDS.endpoint], { enabled: false })),
      expected("m"),
    );
    assert.deepStrictEqual(watchedOnly(logAlert([IDS.endpoint], [])), expected("l"));
  });

  it("decides through the graph when scopes and action group IDs are unknown at preview", () => {
    const ep = endpoint();
    const group = stackResource("azure-native:monitor:ActionGroup", "ops", {});
    const alert = stackResource(
      "azure-native:monitor:MetricAlert",
      "m",
      { scopes: [UNKNOWN], enabled: true, actions: [{ actionGroupId: UNKNOWN }] },
      { propertyDependencies: { scopes: [ep], actions: [group] } },
    );
    assert.deepStrictEqual(messages(run(ep, group, alert)), []);
  });

  it("leaves a resource open while an alert that may watch it is unknown at preview", () => {
    for (const alert of [
      metricAlert(UNKNOWN as unknown as unknown[]),
      metricAlert([UNKNOWN]),
      metricAlert([IDS.endpoint], { actions: [{ actionGroupId: UNKNOWN }] }),
      metricAlert([IDS.endpoint], { enabled: UNKNOWN }),
    ]) {
      const result = run(endpoint(), alert);
      assert.deepStrictEqual(result.violations, []);
      assert.strictEqual(result.unknown, undefined);
    }
  });

  it("ignores stacks without served models, AKS or Azure OpenAI", () =>
    assert.deepStrictEqual(
      messages(run(stackResource(T.storageAccount, "st", {}), metricAlert(["x"]))),
      [],
    ));
});
