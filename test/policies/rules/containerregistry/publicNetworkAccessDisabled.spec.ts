import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrPublicNetworkAccessDisabled as rule } from "../../../../policies/rules/containerregistry/publicNetworkAccessDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

describe("acr-public-network-access-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports public access enabled (the azure-native default) as mandatory", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      publicNetworkAccess: "Enabled",
    });
    assert.deepStrictEqual(messages(result), [
      "publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess", () => {
    const props = compliantRegistry();
    delete props.publicNetworkAccess;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), [
      "publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
    ]);
  });

  it("is skipped at preview when publicNetworkAccess is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      publicNetworkAccess: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    );
  });
});
