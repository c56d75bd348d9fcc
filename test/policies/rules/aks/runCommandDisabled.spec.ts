import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksRunCommandDisabled as rule } from "../../../../policies/rules/aks/runCommandDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

describe("aks-run-command-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports command invoke allowed as advisory", () => {
    const props = clusterWith({
      apiServerAccessProfile: { enablePrivateCluster: true, disableRunCommand: false },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(messages(result), [
      "apiServerAccessProfile.disableRunCommand must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset flag and an unset profile", () => {
    const expected = ["apiServerAccessProfile.disableRunCommand must be true; it is not set."];
    const props = clusterWith({ apiServerAccessProfile: { enablePrivateCluster: true } });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.managedCluster, props)), expected);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.managedCluster,
          clusterWith({ apiServerAccessProfile: undefined }),
        ),
      ),
      expected,
    );
  });

  it("is skipped at preview when the flag is unknown", () => {
    const props = clusterWith({
      apiServerAccessProfile: { enablePrivateCluster: true, disableRunCommand: UNKNOWN },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .apiServerAccessProfile.disableRunCommand can't be known during preview",
    );
  });
});
