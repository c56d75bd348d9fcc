import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { apimPrivateNetwork as rule } from "../../../../policies/rules/apimanagement/privateNetwork";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantService, serviceWith } from "./fixtures";

describe("apim-private-network", () => {
  it("passes internal mode and a private-endpoint-only gateway", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.apiManagement, compliantService())),
      [],
    );
    const pe = serviceWith({ virtualNetworkType: "None", publicNetworkAccess: "Disabled" });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.apiManagement, pe)), []);
  });

  it("reports external mode and no network at all, as mandatory", () => {
    const result = runResourcePolicy(
      rule,
      T.apiManagement,
      serviceWith({ virtualNetworkType: "External" }),
    );
    assert.deepStrictEqual(messages(result), [
      "virtualNetworkType is 'External' and publicNetworkAccess is not 'Disabled', so the gateway is public; use 'Internal' or disable public network access.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.apiManagement, serviceWith({ virtualNetworkType: undefined })),
      ),
      [
        "virtualNetworkType is 'None' and publicNetworkAccess is not 'Disabled', so the gateway is public; use 'Internal' or disable public network access.",
      ],
    );
  });

  it("decides on internal mode without reading public access, and skips when the mode is unknown", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.apiManagement, serviceWith({ publicNetworkAccess: UNKNOWN })),
      ),
      [],
    );
    const result = runResourcePolicy(
      rule,
      T.apiManagement,
      serviceWith({ virtualNetworkType: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .virtualNetworkType can't be known during preview",
    );
  });
});
