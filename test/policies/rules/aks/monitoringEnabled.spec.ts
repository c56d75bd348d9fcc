import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksMonitoringEnabled as rule } from "../../../../policies/rules/aks/monitoringEnabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const NEITHER =
  "azureMonitorProfile.metrics.enabled or addonProfiles.omsagent.enabled must be true; neither is.";

describe("aks-monitoring-enabled", () => {
  it("passes the compliant baseline and either source alone", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const prometheus = clusterWith({ addonProfiles: { azurepolicy: { enabled: true } } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, prometheus)), []);
    const insights = clusterWith({ azureMonitorProfile: undefined });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, insights)), []);
  });

  it("reports a cluster with neither as advisory", () => {
    const props = clusterWith({
      azureMonitorProfile: { metrics: { enabled: false } },
      addonProfiles: { omsagent: { enabled: false } },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(messages(result), [NEITHER]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.managedCluster,
          clusterWith({ azureMonitorProfile: undefined, addonProfiles: undefined }),
        ),
      ),
      [NEITHER],
    );
  });

  it("lets Container insights decide without reading an unknown monitor profile", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ azureMonitorProfile: UNKNOWN }),
    );
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the deciding value is unknown", () => {
    const props = clusterWith({
      addonProfiles: { omsagent: { enabled: false } },
      azureMonitorProfile: { metrics: { enabled: UNKNOWN } },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .azureMonitorProfile.metrics.enabled can't be known during preview",
    );
  });
});
