import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { apimBackendHttps as rule } from "../../../../policies/rules/apimanagement/backendHttps";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantBackend } from "./fixtures";

describe("apim-backend-https", () => {
  it("passes an https backend and a pool without URL", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.apimBackend, compliantBackend())),
      [],
    );
    const pool = {
      resourceGroupName: "rg",
      serviceName: "apim",
      type: "Pool",
      pool: { services: [] },
    };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.apimBackend, pool)), []);
  });

  it("reports plain HTTP, as advisory", () => {
    const result = runResourcePolicy(rule, T.apimBackend, {
      ...compliantBackend(),
      url: "http://model.internal",
    });
    assert.deepStrictEqual(messages(result), ["url is 'http://model.internal'; use https://."]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("is skipped at preview when the URL is unknown", () => {
    const result = runResourcePolicy(rule, T.apimBackend, { ...compliantBackend(), url: UNKNOWN });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .url can't be known during preview");
  });
});
