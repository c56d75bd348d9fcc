import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksAzurePolicyAddon as rule } from "../../../../policies/rules/aks/azurePolicyAddon";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-azure-policy-addon", () => {
  it("passes the compliant baseline, whatever the key casing", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const camel = clusterWith({ addonProfiles: { azurePolicy: { enabled: true } } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, camel)), []);
  });

  it("reports the add-on disabled as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ addonProfiles: { azurepolicy: { enabled: false } } }),
    );
    assert.deepStrictEqual(messages(result), [
      "addonProfiles.azurepolicy.enabled must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports the add-on missing", () => {
    const expected = [
      "addonProfiles.azurepolicy.enabled must be true; the add-on is not declared.",
    ];
    const other = clusterWith({ addonProfiles: { omsagent: { enabled: true } } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, other)), expected);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, clusterWith({ addonProfiles: undefined })),
      ),
      expected,
    );
  });

  it("is not held up by another add-on's unknown settings", () => {
    const props = clusterWith({
      addonProfiles: {
        azurepolicy: { enabled: true },
        omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: UNKNOWN } },
      },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the add-on's flag is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ addonProfiles: { azurepolicy: { enabled: UNKNOWN } } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .addonProfiles.azurepolicy.enabled can't be known during preview",
    );
  });
});
