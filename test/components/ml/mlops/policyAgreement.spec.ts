import * as assert from "assert";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { amlComputeLocalAuthDisabled } from "../../../../policies/rules/ml/computeLocalAuthDisabled";
import { amlComputeNoPublicIp } from "../../../../policies/rules/ml/computeNoPublicIp";
import { amlComputeNoPublicSsh } from "../../../../policies/rules/ml/computeNoPublicSsh";
import { amlDeploymentDataCollection } from "../../../../policies/rules/ml/deploymentDataCollection";
import { amlDeploymentModelMonitor } from "../../../../policies/rules/ml/deploymentModelMonitor";
import { amlTrainingComputeIdleScaleDown } from "../../../../policies/rules/ml/trainingComputeIdleScaleDown";
import { amlTrainingComputeLowPriority } from "../../../../policies/rules/ml/trainingComputeLowPriority";
import { amlTrainingComputeScaleToZero } from "../../../../policies/rules/ml/trainingComputeScaleToZero";
import {
  ModelMonitor,
  renderDataCollector,
  TrainingCluster,
} from "../../../../components/ml/mlops";
import { group, ids, rg } from "../../../helpers/fixtures";
import { RecorderMocks, settle, useMocks } from "../../../helpers/mocks";
import {
  messages,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
} from "../../../helpers/policyArgs";

const C = "azure-native:machinelearningservices:Compute";
const D = "azure-native:machinelearningservices:OnlineDeployment";
const S = "azure-native:machinelearningservices:Schedule";
const prod = { stackTags: { environment: "prod" } };
const storageId = `${group}/providers/Microsoft.Storage/storageAccounts/stailz`;

const computeRules: ResourceValidationPolicy[] = [
  amlTrainingComputeLowPriority,
  amlTrainingComputeScaleToZero,
  amlTrainingComputeIdleScaleDown,
  amlComputeLocalAuthDisabled,
  amlComputeNoPublicIp,
  amlComputeNoPublicSsh,
];

/** A served deployment as the serving slots render it, with the data collector given. */
function deploymentProps(dataCollector: unknown) {
  return {
    resourceGroupName: rg,
    workspaceName: "mlw-ailz",
    endpointName: "ep-credit",
    deploymentName: "blue",
    properties: {
      endpointComputeType: "Managed",
      instanceType: "Standard_DS3_v2",
      dataCollector,
    },
  };
}

/**
 * The components' defaults meet the pack's rules for issue 10, judged on the inputs a first
 * preview records, and each explicit opt-out is what the pack reports.
 */
describe("MLOps components against the policy pack, at preview", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMocks(true);
  });
  beforeEach(() => mocks.reset());
  after(async () => {
    await useMocks();
  });

  it("TrainingCluster's defaults pass every compute rule; Dedicated is reported", async () => {
    new TrainingCluster("train", {
      resourceGroupName: rg,
      workspaceName: "mlw-ailz",
      storageAccountResourceId: storageId,
    });
    new TrainingCluster("dedicated", {
      resourceGroupName: rg,
      workspaceName: "mlw-ailz",
      storageAccountResourceId: storageId,
      vmPriority: "Dedicated",
    });
    await settle();
    const defaults = mocks.one(C, "train-compute").inputs;
    for (const rule of computeRules) {
      const result = runResourcePolicy(rule, C, defaults);
      assert.deepStrictEqual(
        [rule.name, result.ran, result.unknown, messages(result)],
        [rule.name, true, undefined, []],
      );
    }
    const dedicated = mocks.one(C, "dedicated-compute").inputs;
    assert.deepStrictEqual(
      messages(runResourcePolicy(amlTrainingComputeLowPriority, C, dedicated)),
      ["properties.properties.vmPriority must be 'LowPriority'; it is 'Dedicated'."],
    );
  });

  it("the default data collector passes in production; the explicit opt-out is reported", () => {
    const on = runResourcePolicy(
      amlDeploymentDataCollection,
      D,
      deploymentProps(renderDataCollector()),
      prod,
    );
    assert.deepStrictEqual([on.ran, messages(on)], [true, []]);
    const off = runResourcePolicy(
      amlDeploymentDataCollection,
      D,
      deploymentProps(renderDataCollector({ enabled: false })),
      prod,
    );
    assert.deepStrictEqual(messages(off), [
      "properties.dataCollector.collections.model_inputs.dataCollectionMode must be 'Enabled'; it is 'Disabled'.",
      "properties.dataCollector.collections.model_outputs.dataCollectionMode must be 'Enabled'; it is 'Disabled'.",
    ]);
  });

  it("a ModelMonitor on the deployment satisfies the production monitor rule", async () => {
    new ModelMonitor("credit", {
      resourceGroupName: rg,
      workspaceName: "mlw-ailz",
      endpointName: "ep-credit",
      deploymentName: "blue",
      taskType: "Classification",
      baselineDataUri: "azureml:credit-training:3",
      baselineTargetColumn: "target",
      emails: ["ml-oncall@contoso.com"],
      actionGroupResourceId: `${group}/providers/Microsoft.Insights/actionGroups/ag-ops`,
      logAnalyticsWorkspaceResourceId: ids.workspace,
    });
    await settle();
    const deployment = stackResource(D, "slot-blue", deploymentProps(renderDataCollector()));
    const watched = runStackPolicy(
      amlDeploymentModelMonitor,
      [deployment, stackResource(S, "credit-schedule", mocks.one(S).inputs)],
      prod,
    );
    assert.deepStrictEqual([watched.ran, messages(watched)], [true, []]);
    const unwatched = runStackPolicy(amlDeploymentModelMonitor, [deployment], prod);
    assert.deepStrictEqual(messages(unwatched), [
      "Online deployment 'slot-blue' must be watched by a model monitor; no Schedule with an enabled CreateMonitor action targets it.",
    ]);
  });
});
