import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { onlineEndpointTraffic as rule } from "../../../../policies/rules/governance/onlineEndpointTraffic";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const endpoint = (traffic: unknown) =>
  stackResource(T.mlOnlineEndpoint, "ep", {
    endpointName: "ep-chat",
    properties: { authMode: "AADToken", traffic },
  });
const deployment = (ep: ReturnType<typeof endpoint>, deploymentName: unknown) =>
  stackResource(
    T.mlOnlineDeployment,
    `dep-${String(deploymentName)}`,
    { endpointName: UNKNOWN, deploymentName },
    { propertyDependencies: { endpointName: [ep] } },
  );

describe("online-endpoint-traffic-valid", () => {
  it("passes a blue-green split over the endpoint's deployments", () => {
    const ep = endpoint({ blue: 90, green: 10 });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [ep, deployment(ep, "blue"), deployment(ep, "green")])),
      [],
    );
  });

  it("reports traffic to a deployment that is not in the stack, on the endpoint", () => {
    const ep = endpoint({ blue: 90, green: 10 });
    const result = runStackPolicy(rule, [ep, deployment(ep, "blue")]);
    assert.deepStrictEqual(messages(result), [
      "properties.traffic of 'ep' names 'green', which is not a deployment of this endpoint in the stack; route traffic only to its deployments.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.mlOnlineEndpoint, "ep"));
  });

  it("reports shares that do not sum to 100", () => {
    const ep = endpoint({ blue: 60, green: 30 });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [ep, deployment(ep, "blue"), deployment(ep, "green")])),
      ["properties.traffic of 'ep' sums to 90; make the shares sum to 100."],
    );
  });

  it("matches deployments by the endpoint's known name", () => {
    const ep = endpoint({ blue: 100 });
    const dep = stackResource(T.mlOnlineDeployment, "dep", {
      endpointName: "ep-chat",
      deploymentName: "blue",
    });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [ep, dep])), []);
  });

  it("ignores an endpoint without traffic", () =>
    assert.deepStrictEqual(messages(runStackPolicy(rule, [endpoint({})])), []));

  it("waits at preview when the endpoint properties are unknown", () => {
    const ep = stackResource(T.mlOnlineEndpoint, "ep", { properties: UNKNOWN });
    const result = runStackPolicy(rule, [ep]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("still checks the sum when a deployment name is unknown", () => {
    const ep = endpoint({ blue: 50 });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [ep, deployment(ep, UNKNOWN)])), [
      "properties.traffic of 'ep' sums to 50; make the shares sum to 100.",
    ]);
  });
});
