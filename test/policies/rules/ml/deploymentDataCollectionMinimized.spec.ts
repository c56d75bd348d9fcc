import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlDeploymentDataCollectionMinimized as rule } from "../../../../policies/rules/ml/deploymentDataCollectionMinimized";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment, deploymentWith } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.mlOnlineDeployment, props, { config });
const collector = (fields: Record<string, unknown>) =>
  deploymentWith({
    dataCollector: { ...compliantDeployment().properties.dataCollector, ...fields },
  });
const withRaw = (mode: string) =>
  collector({
    collections: {
      model_inputs: { dataCollectionMode: "Enabled" },
      request: { dataCollectionMode: mode },
      response: { dataCollectionMode: mode },
    },
  });

describe("aml-deployment-data-collection-minimized", () => {
  it("passes payload-only collection, and a deployment that collects nothing", () => {
    assert.deepStrictEqual(messages(run(compliantDeployment())), []);
    assert.deepStrictEqual(messages(run(deploymentWith({ dataCollector: undefined }))), []);
    assert.deepStrictEqual(messages(run(deploymentWith({ dataCollector: null }))), []);
    assert.deepStrictEqual(messages(run(collector({ requestLogging: null }))), []);
    assert.deepStrictEqual(messages(run(withRaw("Disabled"))), []);
  });

  it("reports recorded headers, as advisory, unless allowed (case-insensitive)", () => {
    const props = collector({
      requestLogging: { captureHeaders: ["X-Client-Ip", "x-request-id"] },
    });
    const result = run(props);
    assert.deepStrictEqual(messages(result), [
      "properties.dataCollector.requestLogging.captureHeaders records 'X-Client-Ip', 'x-request-id', which can identify people; remove them.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(messages(run(props, { allowedHeaders: ["x-client-ip"] })), [
      "properties.dataCollector.requestLogging.captureHeaders records 'x-request-id', which can identify people; remove it.",
    ]);
  });

  it("reports raw request and response bodies unless allowed", () => {
    assert.deepStrictEqual(messages(run(withRaw("Enabled"))), [
      "properties.dataCollector.collections 'request', 'response' record raw HTTP bodies, personal data included; remove them or set dataCollectionMode to 'Disabled'.",
    ]);
    assert.deepStrictEqual(messages(run(withRaw("Enabled"), { allowRawPayloads: true })), []);
  });

  it("is skipped at preview when the headers are unknown", () =>
    assert.strictEqual(
      run(collector({ requestLogging: { captureHeaders: UNKNOWN } })).unknown,
      "string value at .properties.dataCollector.requestLogging.captureHeaders can't be known during preview",
    ));
});
