import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentDataCollection as rule } from "../../../../policies/rules/ml/deploymentDataCollection";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

const prod = { stackTags: { environment: "prod" } };
const collecting = (collections: Record<string, unknown>) =>
  deploymentWith({ dataCollector: { collections } });

describe("aml-deployment-data-collection", () => {
  it("passes the compliant baseline in a production stack", () => {
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, compliantDeployment(), prod);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("does not ask non-production stacks to collect data", () => {
    const props = deploymentWith({ dataCollector: undefined });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlOnlineDeployment, props)), []);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlOnlineDeployment, props, { stackTags: { environment: "dev" } }),
      ),
      [],
    );
  });

  it("reports a production deployment without a data collector as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ dataCollector: undefined }),
      {
        stackTags: { environment: "Production" },
      },
    );
    assert.deepStrictEqual(
      result.violations.map((v) => [v.message, v.enforcementLevel]),
      [
        [
          "properties.dataCollector must collect 'model_inputs', 'model_outputs'; it is not set, so nothing is collected.",
          "mandatory",
        ],
      ],
    );
  });

  it("reports a missing collection and one left disabled", () => {
    const props = collecting({ model_inputs: { dataCollectionMode: "Disabled" } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlOnlineDeployment, props, prod)), [
      "properties.dataCollector.collections.model_inputs.dataCollectionMode must be 'Enabled'; it is 'Disabled'.",
      "properties.dataCollector.collections.model_outputs must be set; it is missing.",
    ]);
  });

  it("reports a collection whose mode is left to Azure's default", () => {
    const props = collecting({
      model_inputs: { dataCollectionMode: "Enabled" },
      model_outputs: { samplingRate: 0.5 },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlOnlineDeployment, props, prod)), [
      "properties.dataCollector.collections.model_outputs.dataCollectionMode must be 'Enabled'; it is not set, so 'Disabled'.",
    ]);
  });

  it("follows the configured stack tags", () => {
    const props = deploymentWith({ dataCollector: undefined });
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, props, {
      stackTags: { tier: "live" },
      config: { whenStackTags: { tier: ["live"] } },
    });
    assert.deepStrictEqual(messages(result), [
      "properties.dataCollector must collect 'model_inputs', 'model_outputs'; it is not set, so nothing is collected.",
    ]);
  });

  it("decides at preview when the data asset IDs are unknown", () => {
    const props = collecting({
      model_inputs: { dataCollectionMode: "Enabled", dataId: UNKNOWN },
      model_outputs: { dataCollectionMode: "Enabled", dataId: UNKNOWN },
    });
    const result = runResourcePolicy(rule, T.mlOnlineDeployment, props, prod);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the data collector is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlOnlineDeployment,
      deploymentWith({ dataCollector: UNKNOWN }),
      prod,
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.dataCollector can't be known during preview",
    );
  });
});
