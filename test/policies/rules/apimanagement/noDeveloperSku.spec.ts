import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { apimNoDeveloperSku as rule } from "../../../../policies/rules/apimanagement/noDeveloperSku";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

const PROD = { environment: "prod" };
const run = (props: object, stackTags: Record<string, string> = PROD) =>
  runResourcePolicy(rule, T.apiManagement, props, { stackTags });

describe("apim-no-developer-sku", () => {
  it("passes Premium in production", () => {
    const result = run(compliantService());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports Developer in production, as advisory", () => {
    const result = run(serviceWith({ sku: { name: "Developer", capacity: 1 } }));
    assert.deepStrictEqual(messages(result), [
      "sku.name is 'Developer', which has no SLA; use 'Premium' in production.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("leaves Developer alone outside production stacks", () => {
    const developer = serviceWith({ sku: { name: "Developer", capacity: 1 } });
    assert.deepStrictEqual(messages(run(developer, { environment: "dev" })), []);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.apiManagement, developer, {
          stackTags: { environment: "staging" },
          config: { whenStackTags: { environment: ["staging"] } },
        }),
      ),
      ["sku.name is 'Developer', which has no SLA; use 'Premium' in production."],
    );
  });

  it("is skipped at preview when the SKU is unknown", () => {
    const result = run(serviceWith({ sku: { name: UNKNOWN, capacity: 1 } }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .sku.name can't be known during preview");
  });
});
