import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksContainerInsights as rule } from "../../../../policies/rules/aks/containerInsights";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const withAddons = (addonProfiles: unknown) => clusterWith({ addonProfiles });

describe("aks-container-insights", () => {
  it("passes the compliant baseline, whatever the key casing", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const camel = withAddons({ omsAgent: { enabled: true } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, camel)), []);
  });

  it("reports the agent disabled as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      withAddons({ omsagent: { enabled: false } }),
    );
    assert.deepStrictEqual(messages(result), [
      "addonProfiles.omsagent.enabled must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a cluster with managed Prometheus only, which aks-monitoring-enabled accepts", () => {
    const props = clusterWith({
      addonProfiles: { azurepolicy: { enabled: true } },
      azureMonitorProfile: { metrics: { enabled: true } },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "addonProfiles.omsagent.enabled must be true; the add-on is not declared.",
    ]);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, withAddons(undefined))),
      ["addonProfiles.omsagent.enabled must be true; the add-on is not declared."],
    );
  });

  it("is skipped at preview when the agent's flag is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      withAddons({ omsagent: { enabled: UNKNOWN } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .addonProfiles.omsagent.enabled can't be known during preview",
    );
  });

  it("does not apply to node pools", () => {
    const result = runResourcePolicy(rule, T.agentPool, {});
    assert.strictEqual(result.ran, false);
    assert.strictEqual(
      result.notApplicable,
      `Policy only applies to resources of type '${T.managedCluster}'`,
    );
  });
});
