import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { apimBackendNoStoredKeys as rule } from "../../../../policies/rules/apimanagement/backendNoStoredKeys";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantBackend } from "./fixtures";

describe("apim-backend-no-stored-keys", () => {
  it("passes a backend without credentials", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.apimBackend, compliantBackend())),
      [],
    ));

  it("reports a key in a header and in the query, as mandatory", () => {
    const result = runResourcePolicy(rule, T.apimBackend, {
      ...compliantBackend(),
      credentials: { header: { "api-key": ["{{openai-key}}"] }, query: { code: ["x"] } },
    });
    assert.deepStrictEqual(messages(result), [
      "credentials.header stores 'api-key'; call the backend with the gateway's managed identity instead.",
      "credentials.query stores 'code'; call the backend with the gateway's managed identity instead.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("is skipped at preview when credentials are unknown", () => {
    const result = runResourcePolicy(rule, T.apimBackend, {
      ...compliantBackend(),
      credentials: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.credentials/);
  });
});
