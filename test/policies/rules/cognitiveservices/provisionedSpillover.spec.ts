import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiProvisionedSpillover as rule } from "../../../../policies/rules/cognitiveservices/provisionedSpillover";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment } from "./fixtures";

const provisioned = (): Record<string, any> => {
  const props = compliantDeployment();
  props.sku = { name: "GlobalProvisionedManaged", capacity: 50 };
  props.properties.spilloverDeploymentName = "gpt-4o-paygo";
  return props;
};

describe("openai-provisioned-spillover", () => {
  it("passes the standard baseline and a provisioned deployment with spillover", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiDeployment, provisioned())), []);
  });

  it("reports a provisioned deployment without spillover as advisory", () => {
    const props = provisioned();
    delete props.properties.spilloverDeploymentName;
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.deepStrictEqual(messages(result), [
      "properties.spilloverDeploymentName must name a standard deployment for a 'GlobalProvisionedManaged' deployment; it is not set.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("decides on presence when the spillover name is unknown", () => {
    const props = provisioned();
    props.properties.spilloverDeploymentName = UNKNOWN;
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the SKU is unknown", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, {
      ...provisioned(),
      sku: { name: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .sku.name can't be known during preview");
  });
});
