import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { legacyProtocolKeys } from "../../../../policies/rules/apimanagement/lib/legacyProtocols";
import { apimMinTls as rule } from "../../../../policies/rules/apimanagement/minTls";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("apim-min-tls", () => {
  it("passes legacy protocols off or left out", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.apiManagement, compliantService())),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.apiManagement, serviceWith({ customProperties: undefined })),
      ),
      [],
    );
  });

  it("reports each legacy protocol turned on, as mandatory", () => {
    assert.strictEqual(legacyProtocolKeys.length, 6);
    for (const key of legacyProtocolKeys) {
      const result = runResourcePolicy(
        rule,
        T.apiManagement,
        serviceWith({ customProperties: { [key]: "True" } }),
      );
      assert.deepStrictEqual(messages(result), [
        `customProperties['${key}'] is 'True'; set it to 'False'.`,
      ]);
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    }
  });

  it("is skipped at preview when customProperties is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.apiManagement,
      serviceWith({ customProperties: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.customProperties/);
  });
});
