import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrAnonymousPullDisabled as rule } from "../../../../policies/rules/containerregistry/anonymousPullDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

describe("acr-anonymous-pull-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports anonymous pull as mandatory", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      anonymousPullEnabled: true,
    });
    assert.deepStrictEqual(messages(result), ["anonymousPullEnabled must be false; it is true."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("cannot be waived by an exemption", () => {
    const result = runResourcePolicy(
      rule,
      T.registry,
      { ...compliantRegistry(), anonymousPullEnabled: true },
      {
        exemptions: [
          {
            policy: "acr-anonymous-pull-disabled",
            resource: "res",
            reason: "public base images for a demo",
            expires: "2099-01-01",
          },
        ],
      },
    );
    assert.deepStrictEqual(messages(result), ["anonymousPullEnabled must be false; it is true."]);
  });

  it("is skipped at preview when anonymousPullEnabled is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      anonymousPullEnabled: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .anonymousPullEnabled can't be known during preview",
    );
  });
});
