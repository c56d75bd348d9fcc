import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { deploymentContentFilterBound as rule } from "../../../../policies/rules/cognitiveservices/deploymentContentFilterBound";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment } from "./fixtures";

const MISSING =
  "properties.raiPolicyName must name a content filter policy; it is not set, so the deployment gets the account default.";

describe("openai-deployment-content-filter-bound", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a deployment without a content filter policy as mandatory", () => {
    const props = compliantDeployment();
    delete props.properties.raiPolicyName;
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.deepStrictEqual(messages(result), [MISSING]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a deployment without properties", () => {
    const props = compliantDeployment();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiDeployment, props)), [MISSING]);
  });

  it("decides at preview when the policy name is the unknown output of a RaiPolicy", () => {
    const props = compliantDeployment();
    props.properties.raiPolicyName = UNKNOWN;
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when properties is unknown", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, {
      ...compliantDeployment(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
