import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksNodePublicIpDisabled as rule } from "../../../../policies/rules/aks/nodePublicIpDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-node-public-ip-disabled", () => {
  it("passes the compliant cluster and standalone pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports an inline pool with public node IPs as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(1, { enableNodePublicIP: true }),
    );
    assert.deepStrictEqual(messages(result), [
      "agentPoolProfiles[1].enableNodePublicIP must be false; it is true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a standalone AgentPool with public node IPs", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ enableNodePublicIP: true }),
    );
    assert.deepStrictEqual(messages(result), ["enableNodePublicIP must be false; it is true."]);
  });

  it("passes a cluster whose pools are all standalone", () => {
    const props = compliantCluster();
    delete props.agentPoolProfiles;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), []);
  });

  it("is skipped at preview when a pool's setting is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(0, { enableNodePublicIP: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .agentPoolProfiles.0.enableNodePublicIP can't be known during preview",
    );
  });

  it("does not read an unknown subnet ID", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ vnetSubnetID: UNKNOWN }));
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("does not apply to other types", () => {
    assert.strictEqual(
      runResourcePolicy(rule, T.registry, {}).notApplicable,
      "Policy only applies to resources of type 'azure-native:containerservice:ManagedCluster,azure-native:containerservice:AgentPool'",
    );
  });
});
