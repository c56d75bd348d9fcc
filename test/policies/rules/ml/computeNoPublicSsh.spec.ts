import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlComputeNoPublicSsh as rule } from "../../../../policies/rules/ml/computeNoPublicSsh";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster, compliantInstance, instanceWith } from "./fixtures";

describe("aml-compute-no-public-ssh", () => {
  it("passes the compliant cluster and instance", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, compliantInstance())), []);
  });

  it("reports a cluster with its SSH port open as advisory", () => {
    const result = runResourcePolicy(
      rule,
      T.mlCompute,
      clusterWith({ remoteLoginPortPublicAccess: "Enabled" }),
    );
    assert.deepStrictEqual(messages(result), [
      "properties.properties.remoteLoginPortPublicAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a cluster that leaves the SSH port to Azure's default", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.mlCompute,
          clusterWith({ remoteLoginPortPublicAccess: "NotSpecified" }),
        ),
      ),
      [
        "properties.properties.remoteLoginPortPublicAccess must be 'Disabled'; it is 'NotSpecified'.",
      ],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.mlCompute,
          clusterWith({ remoteLoginPortPublicAccess: undefined }),
        ),
      ),
      ["properties.properties.remoteLoginPortPublicAccess must be 'Disabled'; it is not set."],
    );
  });

  it("reports an instance with public SSH", () => {
    const props = instanceWith({
      sshSettings: { sshPublicAccess: "Enabled", adminPublicKey: "ssh-rsa AAA" },
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, props)), [
      "properties.properties.sshSettings.sshPublicAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
  });

  it("passes an instance without SSH settings (Azure keeps SSH closed)", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlCompute, instanceWith({ sshSettings: undefined }))),
      [],
    );
  });

  it("is skipped at preview when the cluster's setting is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlCompute,
      clusterWith({ remoteLoginPortPublicAccess: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.properties.remoteLoginPortPublicAccess can't be known during preview",
    );
  });
});
