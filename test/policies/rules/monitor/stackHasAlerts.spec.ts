import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { stackHasAlerts as rule } from "../../../../policies/rules/monitor/stackHasAlerts";
import { messages, runStackPolicy, stackResource, UNKNOWN } from "../../../helpers/policyArgs";

const endpoint = () =>
  stackResource(T.mlOnlineEndpoint, "ep", { properties: { authMode: "AADToken" } });
const alert = (type = "azure-native:monitor:MetricAlert") =>
  stackResource(type, "latency", { scopes: ["/subscriptions/s/x"], severity: 2 });
const actionGroup = (type = "azure-native:monitor:ActionGroup") =>
  stackResource(type, "ops", { groupShortName: "ops", enabled: true });

describe("stack-has-alerts", () => {
  it("passes a serving stack with alert rules and an action group", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [endpoint(), alert(), actionGroup()])),
      [],
    ));

  it("counts log alerts and the v2 insights tokens", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          endpoint(),
          alert("azure-native:insights:ScheduledQueryRule"),
          actionGroup("azure-native:insights:ActionGroup"),
        ]),
      ),
      [],
    ));

  it("reports missing alerts and a missing action group", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [endpoint(), stackResource(T.managedCluster, "aks", {})])),
      [
        "The stack deploys OnlineEndpoint, ManagedCluster but no metric or log alert rule; add alerts for their health and saturation.",
        "The stack deploys OnlineEndpoint, ManagedCluster but no action group; add one so alerts reach someone.",
      ],
    ));

  it("reports alerts that reach no action group", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [stackResource(T.aiAccount, "oai", {}), alert()])),
      ["The stack deploys Account but no action group; add one so alerts reach someone."],
    ));

  it("counts alert rules whose settings are unknown at preview", () => {
    const result = runStackPolicy(rule, [
      endpoint(),
      stackResource("azure-native:monitor:MetricAlert", "cpu", {
        scopes: UNKNOWN,
        criteria: UNKNOWN,
      }),
      stackResource("azure-native:monitor:ActionGroup", "ops", { emailReceivers: UNKNOWN }),
    ]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("ignores stacks without served models, AKS or Azure OpenAI", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [stackResource(T.storageAccount, "st", {})])),
      [],
    ));
});
