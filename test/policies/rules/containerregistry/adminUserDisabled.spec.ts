import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrAdminUserDisabled as rule } from "../../../../policies/rules/containerregistry/adminUserDisabled";
import { messages, runResourcePolicy, UNKNOWN, urnOf } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

describe("acr-admin-user-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes when adminUserEnabled is not set", () => {
    const props = compliantRegistry();
    delete props.adminUserEnabled;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), []);
  });

  it("reports the admin user as a mandatory violation", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      adminUserEnabled: true,
    });
    assert.deepStrictEqual(result.violations, [
      {
        message: "adminUserEnabled must be false; it is true.",
        enforcementLevel: "mandatory",
        urn: urnOf(T.registry, "res"),
      },
    ]);
  });

  it("is skipped at preview when adminUserEnabled is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      adminUserEnabled: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .adminUserEnabled can't be known during preview",
    );
  });

  it("does not apply to other types", () => {
    const result = runResourcePolicy(rule, T.vault, { properties: {} });
    assert.strictEqual(result.ran, false);
  });
});
