import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlComputeNoPublicIp as rule } from "../../../../policies/rules/ml/computeNoPublicIp";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster, compliantInstance, instanceWith } from "./fixtures";

describe("aml-compute-no-public-ip", () => {
  it("passes the compliant cluster and instance", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, compliantInstance())), []);
  });

  it("reports cluster nodes with public IPs as mandatory", () => {
    const result = runResourcePolicy(rule, T.mlCompute, clusterWith({ enableNodePublicIp: true }));
    assert.deepStrictEqual(messages(result), [
      "properties.properties.enableNodePublicIp must be false; it is true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an instance that leaves enableNodePublicIp to Azure's default", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlCompute, instanceWith({ enableNodePublicIp: undefined })),
      ),
      [
        "properties.properties.enableNodePublicIp must be false; it is not set, so nodes get public IPs.",
      ],
    );
  });

  it("ignores attached compute such as Kubernetes", () => {
    const props = {
      workspaceName: "mlw",
      resourceGroupName: "rg",
      properties: { computeType: "Kubernetes", resourceId: UNKNOWN },
    };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, props)), []);
  });

  it("is skipped at preview when enableNodePublicIp is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.mlCompute,
      clusterWith({ enableNodePublicIp: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.properties.enableNodePublicIp can't be known during preview",
    );
  });
});
