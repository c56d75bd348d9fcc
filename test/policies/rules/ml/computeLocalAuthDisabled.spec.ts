import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlComputeLocalAuthDisabled as rule } from "../../../../policies/rules/ml/computeLocalAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantCluster, compliantInstance } from "./fixtures";

describe("aml-compute-local-auth-disabled", () => {
  it("passes the compliant cluster and instance", () => {
    const result = runResourcePolicy(rule, T.mlCompute, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, compliantInstance())), []);
  });

  it("reports local auth left on as mandatory", () => {
    const props = compliantCluster();
    props.properties.disableLocalAuth = false;
    const result = runResourcePolicy(rule, T.mlCompute, props);
    assert.deepStrictEqual(messages(result), [
      "properties.disableLocalAuth must be true; it is false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset disableLocalAuth", () => {
    const props = compliantInstance();
    delete props.properties.disableLocalAuth;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, props)), [
      "properties.disableLocalAuth must be true; it is not set, so local auth works.",
    ]);
  });

  it("reports a compute without properties", () => {
    const props = compliantCluster();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlCompute, props)), [
      "properties.disableLocalAuth must be true; properties is not set.",
    ]);
  });

  it("is skipped at preview when disableLocalAuth is unknown", () => {
    const props = compliantCluster();
    props.properties.disableLocalAuth = UNKNOWN;
    const result = runResourcePolicy(rule, T.mlCompute, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.disableLocalAuth can't be known during preview",
    );
  });
});
