import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentModelMonitor as rule } from "../../../../policies/rules/ml/deploymentModelMonitor";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantDeployment } from "./fixtures";

const SCHEDULE = "azure-native:machinelearningservices:Schedule";
const ENDPOINT_ID =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-ai-prod/onlineEndpoints/score";
const prod = { stackTags: { environment: "prod" } };

const deployment = (name = "blue") =>
  stackResource(T.mlOnlineDeployment, name, { ...compliantDeployment(), deploymentName: name });

/** A monitor schedule; `deploymentId` may be a string or UNKNOWN. */
function monitor(
  name: string,
  deploymentId: unknown,
  extra: Record<string, unknown> = {},
  opts = {},
) {
  return stackResource(
    SCHEDULE,
    name,
    {
      resourceGroupName: "rg-ai",
      workspaceName: "mlw-ai-prod",
      properties: {
        isEnabled: true,
        trigger: { triggerType: "Recurrence", frequency: "Day", interval: 1 },
        action: {
          actionType: "CreateMonitor",
          monitorDefinition: {
            computeConfiguration: {
              computeType: "ServerlessSpark",
              instanceType: "standard_e4s_v3",
            },
            monitoringTarget: { deploymentId, taskType: "Classification" },
            signals: { drift: { signalType: "DataDrift" } },
          },
        },
        ...extra,
      },
    },
    opts,
  );
}

const missing = (name: string) =>
  `Online deployment '${name}' must be watched by a model monitor; no Schedule with an enabled CreateMonitor action targets it.`;

describe("aml-deployment-model-monitor", () => {
  it("passes a production deployment monitored by ID", () => {
    const result = runStackPolicy(
      rule,
      [deployment(), monitor("drift", `${ENDPOINT_ID}/deployments/blue`)],
      prod,
    );
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes a monitor that refers to the deployment through the graph, its ID unknown", () => {
    const blue = deployment();
    const watch = monitor("drift", UNKNOWN, {}, { propertyDependencies: { properties: [blue] } });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [blue, watch], prod)), []);
  });

  it("reports an unmonitored production deployment, attached to it, as mandatory", () => {
    const result = runStackPolicy(
      rule,
      [deployment(), monitor("drift", `${ENDPOINT_ID}/deployments/green`)],
      prod,
    );
    assert.deepStrictEqual(result.violations, [
      {
        message: missing("blue"),
        enforcementLevel: "mandatory",
        urn: urnOf(T.mlOnlineDeployment, "blue"),
      },
    ]);
  });

  it("does not count a disabled monitor or another kind of schedule", () => {
    const disabled = monitor("drift", `${ENDPOINT_ID}/deployments/blue`, { isEnabled: false });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [deployment(), disabled], prod)), [
      missing("blue"),
    ]);
    const job = stackResource(SCHEDULE, "retrain", {
      properties: { action: { actionType: "CreateJob", jobDefinition: {} }, trigger: {} },
    });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [deployment(), job], prod)), [
      missing("blue"),
    ]);
  });

  it("reports every unmonitored deployment", () => {
    const result = runStackPolicy(rule, [deployment("blue"), deployment("green")], prod);
    assert.deepStrictEqual(messages(result), [missing("blue"), missing("green")]);
  });

  it("does not ask non-production stacks for monitors", () => {
    assert.deepStrictEqual(messages(runStackPolicy(rule, [deployment()])), []);
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [deployment()], { stackTags: { environment: "dev" } })),
      [],
    );
  });

  it("leaves the question open at preview while a schedule's properties are unknown", () => {
    const unknownSchedule = stackResource(SCHEDULE, "drift", { properties: UNKNOWN });
    const result = runStackPolicy(rule, [deployment(), unknownSchedule], prod);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
