import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksPoolScaleSets as rule } from "../../../../policies/rules/aks/poolScaleSets";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-pool-scale-sets", () => {
  it("passes the compliant cluster, scale set pools and Azure's default when type is unset", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
    const vmss = agentPoolWith({ type: "VirtualMachineScaleSets" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.agentPool, vmss)), []);
  });

  it("reports availability set and single-VM pools as advisory", () => {
    const inline = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWithPool(0, { type: "AvailabilitySet" }),
    );
    assert.deepStrictEqual(messages(inline), [
      "agentPoolProfiles[0].type must be 'VirtualMachineScaleSets'; it is 'AvailabilitySet'.",
    ]);
    assert.strictEqual(inline.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, agentPoolWith({ type: "VirtualMachines" }))),
      ["type must be 'VirtualMachineScaleSets'; it is 'VirtualMachines'."],
    );
  });

  it("is skipped at preview when the pool type is unknown", () => {
    const result = runResourcePolicy(rule, T.agentPool, agentPoolWith({ type: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .type can't be known during preview");
  });
});
