import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksManagedIdentity as rule } from "../../../../policies/rules/aks/managedIdentity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-managed-identity", () => {
  it("passes the compliant baseline and a system-assigned identity", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.managedCluster,
          clusterWith({ identity: { type: "SystemAssigned" } }),
        ),
      ),
      [],
    );
  });

  it("reports identity type None as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ identity: { type: "None" } }),
    );
    assert.deepStrictEqual(messages(result), [
      "identity.type must be 'SystemAssigned' or 'UserAssigned'; it is 'None'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a service-principal cluster without identity", () => {
    const props = clusterWith({
      identity: undefined,
      servicePrincipalProfile: { clientId: "app", secret: "s3cret" },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "identity.type must be 'SystemAssigned' or 'UserAssigned'; it is not set.",
    ]);
  });

  it("is skipped at preview when the identity type is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ identity: { type: UNKNOWN } }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .identity.type can't be known during preview",
    );
  });
});
