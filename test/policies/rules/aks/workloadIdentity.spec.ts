import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksWorkloadIdentity as rule } from "../../../../policies/rules/aks/workloadIdentity";
import {
  messages,
  messagesBeforeSkip,
  runResourcePolicy,
  UNKNOWN,
} from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-workload-identity", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports the OIDC issuer off as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.managedCluster,
      clusterWith({ oidcIssuerProfile: { enabled: false } }),
    );
    assert.deepStrictEqual(messages(result), [
      "oidcIssuerProfile.enabled must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports workload identity not enabled", () => {
    const props = clusterWith({
      oidcIssuerProfile: undefined,
      securityProfile: { defender: { securityMonitoring: { enabled: true } } },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), [
      "oidcIssuerProfile.enabled must be true; it is not set.",
      "securityProfile.workloadIdentity.enabled must be true; it is not set.",
    ]);
  });

  it("still reports the issuer when securityProfile is unknown at preview, then skips", () => {
    const props = clusterWith({ oidcIssuerProfile: { enabled: false }, securityProfile: UNKNOWN });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(messagesBeforeSkip(result), [
      "oidcIssuerProfile.enabled must be true; it is false.",
    ]);
    assert.strictEqual(
      result.unknown,
      "string value at .securityProfile can't be known during preview",
    );
  });
});
