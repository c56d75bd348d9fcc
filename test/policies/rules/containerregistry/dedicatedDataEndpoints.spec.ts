import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrDedicatedDataEndpoints as rule } from "../../../../policies/rules/containerregistry/dedicatedDataEndpoints";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.registry, props);

describe("acr-dedicated-data-endpoints", () => {
  it("passes a registry with dedicated data endpoints", () =>
    assert.deepStrictEqual(
      messages(run({ ...compliantRegistry(), dataEndpointEnabled: true })),
      [],
    ));

  it("reports them disabled or unset", () => {
    assert.deepStrictEqual(messages(run({ ...compliantRegistry(), dataEndpointEnabled: false })), [
      "dataEndpointEnabled is false; set it to true.",
    ]);
    assert.deepStrictEqual(messages(run(compliantRegistry())), [
      "dataEndpointEnabled is not set (disabled); set it to true.",
    ]);
  });

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      run({ ...compliantRegistry(), dataEndpointEnabled: UNKNOWN }).unknown,
      "string value at .dataEndpointEnabled can't be known during preview",
    ));
});
