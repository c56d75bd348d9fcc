import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksHttpApplicationRoutingDisabled as rule } from "../../../../policies/rules/aks/httpApplicationRoutingDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const withRouting = (httpApplicationRouting: unknown) =>
  clusterWith({ addonProfiles: { ...compliantCluster().addonProfiles, httpApplicationRouting } });

describe("aks-http-application-routing-disabled", () => {
  it("passes the compliant baseline and an explicitly disabled add-on", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const off = withRouting({ enabled: false });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, off)), []);
  });

  it("reports the add-on enabled as advisory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withRouting({ enabled: true }));
    assert.deepStrictEqual(messages(result), [
      "addonProfiles.httpApplicationRouting.enabled must be false; it is true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("is skipped at preview when the add-on's flag is unknown", () => {
    const result = runResourcePolicy(rule, T.managedCluster, withRouting({ enabled: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .addonProfiles.httpApplicationRouting.enabled can't be known during preview",
    );
  });
});
