import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { onlineEndpointTrafficValid as rule } from "../../../../policies/rules/governance/onlineEndpointTrafficValid";
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

  describe("traffic written by EndpointTraffic (a dynamic resource)", () => {
    const ID =
      "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/ep-chat";
    const libraryEndpoint = () =>
      stackResource(T.mlOnlineEndpoint, "ep", {
        resourceGroupName: "rg-ai",
        workspaceName: "mlw",
        endpointName: "ep-chat",
        // The library never sets traffic on the endpoint itself.
        properties: { authMode: "AADToken", publicNetworkAccess: "Disabled" },
      });
    const traffic = (
      shares: unknown,
      mirrorTraffic: unknown = {},
      fields: Record<string, unknown> = {},
      o = {},
    ) =>
      stackResource(
        "pulumi-nodejs:dynamic:Resource",
        "ep-traffic",
        {
          endpointResourceId: ID,
          traffic: shares,
          mirrorTraffic,
          endpointRevision: `${ID}@`,
          timeoutSeconds: 1800,
          __provider: "exports.handler = ...",
          ...fields,
        },
        o,
      );
    const stack = (writer: ReturnType<typeof traffic>) => {
      const ep = libraryEndpoint();
      return [ep, writer, deployment(ep, "blue"), deployment(ep, "green")];
    };

    it("passes a split over the endpoint's deployments, with a mirror within 50", () =>
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, stack(traffic({ blue: 100, green: 0 }, { green: 10 })))),
        [],
      ));

    it("reports shares that do not sum to 100, a deployment that is not the endpoint's, and too much mirror", () => {
      const writer = traffic({ blue: 80, red: 10 }, { green: 60 });
      const result = runStackPolicy(rule, stack(writer));
      assert.deepStrictEqual(messages(result), [
        "traffic of 'ep' names 'red', which is not a deployment of this endpoint in the stack; route traffic only to its deployments.",
        "traffic of 'ep' sums to 90; make the shares sum to 100.",
        "mirrorTraffic of 'ep' sums to 60; mirror at most 50 percent.",
      ]);
      assert.ok(result.violations.every((v) => v.urn === writer.urn));
      assert.ok(result.violations.every((v) => v.enforcementLevel === "advisory"));
    });

    it("takes 100 and reports 101; takes a mirror of 50 and reports 51", () => {
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, stack(traffic({ blue: 100 }, { green: 50 })))),
        [],
      );
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, stack(traffic({ blue: 100, green: 1 }, { green: 51 })))),
        [
          "traffic of 'ep' sums to 101; make the shares sum to 100.",
          "mirrorTraffic of 'ep' sums to 51; mirror at most 50 percent.",
        ],
      );
    });

    it("reports shares that are not whole percentages, null or of the wrong type", () => {
      for (const bad of [null, "90", 90.5, -10]) {
        assert.deepStrictEqual(
          messages(runStackPolicy(rule, stack(traffic({ blue: bad, green: 10 })))),
          [
            "traffic of 'ep' gives 'blue' a share that is not a whole percentage; use whole numbers from 0 to 100.",
          ],
          String(bad),
        );
      }
    });

    it("finds the endpoint through the graph when its ID is unknown at preview", () => {
      const ep = libraryEndpoint();
      const writer = traffic(
        { blue: 100, red: 0 },
        {},
        { endpointResourceId: UNKNOWN },
        {
          propertyDependencies: { endpointResourceId: [ep] },
        },
      );
      assert.deepStrictEqual(messages(runStackPolicy(rule, [ep, writer, deployment(ep, "blue")])), [
        "traffic of 'ep' names 'red', which is not a deployment of this endpoint in the stack; route traffic only to its deployments.",
      ]);
    });

    it("still checks the sum for an endpoint outside the stack", () =>
      assert.deepStrictEqual(messages(runStackPolicy(rule, [traffic({ blue: 70 })])), [
        "traffic of 'ep-traffic' sums to 70; make the shares sum to 100.",
      ]));

    it("waits at preview while the shares are unknown, and ignores other dynamic resources", () => {
      const result = runStackPolicy(rule, stack(traffic(UNKNOWN)));
      assert.deepStrictEqual(result.violations, []);
      assert.strictEqual(result.unknown, undefined);
      const other = stackResource("pulumi-nodejs:dynamic:Resource", "other", { traffic: { a: 1 } });
      assert.deepStrictEqual(messages(runStackPolicy(rule, [other])), []);
    });
  });
});
