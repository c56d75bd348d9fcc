import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiDeploymentCapacityLimit as rule } from "../../../../policies/rules/cognitiveservices/deploymentCapacityLimit";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment } from "./fixtures";

describe("openai-deployment-capacity-limit", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports capacity above the maximum as advisory", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, {
      ...compliantDeployment(),
      sku: { name: "GlobalStandard", capacity: 1000 },
    });
    assert.deepStrictEqual(messages(result), ["sku.capacity must be at most 500; it is 1000."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unstated capacity", () => {
    const expected = ["sku.capacity must be set, at most 500; it is not set."];
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.aiDeployment, {
          ...compliantDeployment(),
          sku: { name: "GlobalStandard" },
        }),
      ),
      expected,
    );
    const props = compliantDeployment();
    delete props.sku;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiDeployment, props)), expected);
  });

  it("honours the configured maximum", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, compliantDeployment(), {
      config: { maxCapacity: 20 },
    });
    assert.deepStrictEqual(messages(result), ["sku.capacity must be at most 20; it is 50."]);
  });

  it("is skipped at preview when the capacity is unknown", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, {
      ...compliantDeployment(),
      sku: { name: "GlobalStandard", capacity: UNKNOWN },
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .sku.capacity can't be known during preview",
    );
  });
});
