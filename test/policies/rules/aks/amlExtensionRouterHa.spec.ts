import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlExtensionRouterHa as rule } from "../../../../policies/rules/aks/amlExtensionRouterHa";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantExtension, extensionWithSettings } from "./fixtures";

const run = (props: Record<string, unknown>) => runResourcePolicy(rule, T.clusterExtension, props);

describe("aml-extension-router-ha", () => {
  it("passes the compliant baseline and the default when the setting is absent", () => {
    const result = run(compliantExtension());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(run(extensionWithSettings({ inferenceRouterHA: undefined }))),
      [],
    );
  });

  it("reports a single router replica as advisory", () => {
    const result = run(extensionWithSettings({ inferenceRouterHA: "False" }));
    assert.deepStrictEqual(messages(result), [
      "configurationSettings.inferenceRouterHA must be 'True'; it is 'False', so one router replica serves every request.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("leaves out Azure ML extensions that only train", () => {
    const training = extensionWithSettings({
      enableInference: "False",
      inferenceRouterHA: "False",
    });
    assert.deepStrictEqual(messages(run(training)), []);
  });

  it("is skipped at preview when the setting is unknown", () => {
    const result = run(extensionWithSettings({ inferenceRouterHA: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .configurationSettings.inferenceRouterHA can't be known during preview",
    );
  });
});
