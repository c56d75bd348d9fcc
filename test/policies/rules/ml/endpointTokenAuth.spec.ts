import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlEndpointTokenAuth as rule } from "../../../../policies/rules/ml/endpointTokenAuth";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantEndpoint } from "./fixtures";

const withAuth = (authMode: string) => ({
  ...compliantEndpoint(),
  properties: { ...compliantEndpoint().properties, authMode },
});

describe("aml-endpoint-token-auth", () => {
  it("passes the compliant baseline and AML tokens", () => {
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, compliantEndpoint());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlOnlineEndpoint, withAuth("AMLToken"))),
      [],
    );
  });

  it("reports key auth as mandatory", () => {
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, withAuth("Key"));
    assert.deepStrictEqual(messages(result), [
      "properties.authMode must be 'AADToken', 'AMLToken'; it is 'Key'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("honours a stricter configured list", () => {
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, withAuth("AMLToken"), {
      config: { allowedAuthModes: ["AADToken"] },
    });
    assert.deepStrictEqual(messages(result), [
      "properties.authMode must be 'AADToken'; it is 'AMLToken'.",
    ]);
  });

  it("is skipped at preview when properties (wrapped whole by azure-native) is unknown", () => {
    const result = runResourcePolicy(rule, T.mlOnlineEndpoint, {
      ...compliantEndpoint(),
      properties: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .properties can't be known during preview");
  });
});
