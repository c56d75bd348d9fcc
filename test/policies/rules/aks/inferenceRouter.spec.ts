import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksInferenceRouterHa } from "../../../../policies/rules/aks/inferenceRouterHa";
import { aksInferenceRouterTls } from "../../../../policies/rules/aks/inferenceRouterTls";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const extension = (
  settings: Record<string, unknown>,
  extensionType = "Microsoft.AzureML.Kubernetes",
) => ({
  resourceGroupName: "rg-ai",
  clusterRp: "Microsoft.ContainerService",
  clusterResourceName: "managedClusters",
  clusterName: "aks-ai",
  extensionName: "azureml",
  extensionType,
  configurationSettings: {
    enableInference: "True",
    allowInsecureConnections: "False",
    inferenceRouterHA: "True",
    sslCname: "scoring.contoso.internal",
    ...settings,
  },
});

describe("aks-inference-router-tls", () => {
  const run = (props: object) =>
    runResourcePolicy(aksInferenceRouterTls, T.clusterExtension, props);

  it("passes TLS, and an unset flag (the extension refuses plain HTTP)", () => {
    assert.deepStrictEqual(messages(run(extension({}))), []);
    assert.deepStrictEqual(messages(run(extension({ allowInsecureConnections: undefined }))), []);
    assert.deepStrictEqual(messages(run(extension({ allowInsecureConnections: null }))), []);
  });

  it("reports plain HTTP, in any case or as a boolean, as mandatory", () => {
    for (const value of ["True", "true", true]) {
      const result = run(extension({ allowInsecureConnections: value }));
      assert.deepStrictEqual(messages(result), [
        "configurationSettings.allowInsecureConnections is 'True', so scoring requests travel unencrypted; set it to 'False' and configure the router's certificate.",
      ]);
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    }
  });

  it("ignores other extensions", () =>
    assert.deepStrictEqual(
      messages(run(extension({ allowInsecureConnections: "True" }, "microsoft.flux"))),
      [],
    ));

  it("is skipped at preview when the settings are unknown", () =>
    assert.strictEqual(
      run({ ...extension({}), configurationSettings: { allowInsecureConnections: UNKNOWN } })
        .unknown,
      "string value at .configurationSettings.allowInsecureConnections can't be known during preview",
    ));
});

describe("aks-inference-router-ha", () => {
  const run = (props: object) => runResourcePolicy(aksInferenceRouterHa, T.clusterExtension, props);

  it("passes HA and an unset flag (three replicas by default)", () => {
    assert.deepStrictEqual(messages(run(extension({}))), []);
    assert.deepStrictEqual(messages(run(extension({ inferenceRouterHA: undefined }))), []);
    assert.deepStrictEqual(messages(run(extension({ inferenceRouterHA: null }))), []);
  });

  it("reports a single router replica, as advisory", () => {
    for (const value of ["False", false]) {
      const result = run(extension({ inferenceRouterHA: value }));
      assert.deepStrictEqual(messages(result), [
        "configurationSettings.inferenceRouterHA is 'False', so one router replica carries all scoring traffic; set it to 'True'.",
      ]);
      assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    }
  });

  it("is skipped at preview when the settings are unknown", () =>
    assert.strictEqual(
      run({ ...extension({}), configurationSettings: UNKNOWN }).unknown,
      "string value at .configurationSettings can't be known during preview",
    ));
});
