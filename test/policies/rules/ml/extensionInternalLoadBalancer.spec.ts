import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlExtensionInternalLoadBalancer as rule } from "../../../../policies/rules/ml/extensionInternalLoadBalancer";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantExtension, extensionWithSettings } from "../aks/fixtures";

const run = (props: Record<string, unknown>) => runResourcePolicy(rule, T.clusterExtension, props);

describe("aml-extension-internal-load-balancer", () => {
  it("passes the compliant baseline and routers that are not load balanced", () => {
    const result = run(compliantExtension());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    for (const type of ["ClusterIP", "NodePort"]) {
      const props = extensionWithSettings({
        inferenceRouterServiceType: type,
        internalLoadBalancerProvider: undefined,
      });
      assert.deepStrictEqual(messages(run(props)), []);
    }
  });

  it("reports a public load balancer as mandatory", () => {
    const result = run(extensionWithSettings({ internalLoadBalancerProvider: undefined }));
    assert.deepStrictEqual(messages(result), [
      "configurationSettings.internalLoadBalancerProvider must be 'azure' with inferenceRouterServiceType 'LoadBalancer'; it is not set, so the inference router gets a public IP address.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    const other = run(
      extensionWithSettings({
        inferenceRouterServiceType: "loadBalancer",
        internalLoadBalancerProvider: "none",
      }),
    );
    assert.deepStrictEqual(messages(other), [
      "configurationSettings.internalLoadBalancerProvider must be 'azure' with inferenceRouterServiceType 'LoadBalancer'; it is 'none', so the inference router gets a public IP address.",
    ]);
  });

  it("leaves out other extensions and Azure ML extensions that only train", () => {
    const flux = {
      ...extensionWithSettings({ internalLoadBalancerProvider: undefined }),
      extensionType: "microsoft.flux",
    };
    assert.deepStrictEqual(messages(run(flux)), []);
    const training = extensionWithSettings({
      enableInference: "False",
      internalLoadBalancerProvider: undefined,
    });
    assert.deepStrictEqual(messages(run(training)), []);
  });

  it("is skipped at preview when the settings are unknown", () => {
    const result = run({ ...compliantExtension(), configurationSettings: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .configurationSettings can't be known during preview",
    );
  });
});
