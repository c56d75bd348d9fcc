import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlEndpointPublicNetworkAccessDisabled as rule } from "../../../../policies/rules/ml/endpointPublicNetworkAccessDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantEndpoint } from "./fixtures";

describe("aml-endpoint-public-network-access-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, compliantEndpoint());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports public access enabled (the azure-native default) as mandatory", () => {
    const props = compliantEndpoint();
    props.properties.publicNetworkAccess = "Enabled";
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, props);
    assert.deepStrictEqual(messages(result), [
      "properties.publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess", () => {
    const props = compliantEndpoint();
    delete props.properties.publicNetworkAccess;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlOnlineEndpoint, props)), [
      "properties.publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
    ]);
  });

  it("is skipped at preview when properties is unknown", () => {
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, {
      ...compliantEndpoint(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
