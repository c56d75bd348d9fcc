import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { EndpointTraffic } from "../../../../components/ml/serving/endpointTraffic";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { mocksPerSpec, settle } from "../../../helpers/mocks";

const endpointResourceId =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/ep";

describe("EndpointTraffic checks its arguments at construction", () => {
  const mocks = mocksPerSpec();

  it("names every bad weight, sum, timeout and endpoint at once, and registers nothing", async () => {
    assertInputErrors(
      () =>
        new EndpointTraffic("bad", {
          endpointResourceId: "/subscriptions/s/resourceGroups/rg",
          traffic: { blue: 80.5, green: -1 },
          mirrorTraffic: { blue: 10, green: 60 },
          timeoutSeconds: 0,
          armEndpoint: "http://management.azure.com",
        }),
      [
        { propertyPath: "endpointResourceId", reason: "onlineEndpoints" },
        {
          propertyPath: 'traffic["blue"]',
          reason: "80.5 is not a weight: use a whole percentage from 0 to 100",
        },
        {
          propertyPath: 'traffic["green"]',
          reason: "-1 is not a weight: use a whole percentage from 0 to 100",
        },
        { propertyPath: "traffic", reason: "sums to 79.5: live traffic must sum to 100" },
        { propertyPath: "mirrorTraffic", reason: "sums to 70: Azure allows at most 50 in total" },
        { propertyPath: 'mirrorTraffic["blue"]', reason: "goes to a deployment with live traffic" },
        {
          propertyPath: "timeoutSeconds",
          reason: "0 is not allowed: use a whole number of seconds above 0",
        },
        { propertyPath: "armEndpoint", reason: "is not a Resource Manager endpoint" },
      ],
    );
    await settle();
    assert.strictEqual(mocks.resources.length, 0);
  });

  it("judges only what is known: an Output weight or timeout is left to the provider", async () => {
    new EndpointTraffic("later", {
      endpointResourceId: pulumi.output(endpointResourceId),
      traffic: { blue: pulumi.output(150), green: 10 },
      timeoutSeconds: pulumi.output(0),
    });
    await settle();
    assert.strictEqual(mocks.ofType("pulumi-nodejs:dynamic:Resource").length, 1);
  });

  it("takes whole weights summing to 100 with mirror traffic to an idle deployment", async () => {
    new EndpointTraffic("good", {
      endpointResourceId,
      traffic: { blue: 100, green: 0 },
      mirrorTraffic: { green: 20 },
      timeoutSeconds: 600,
    });
    await settle();
    const inputs = mocks.one("pulumi-nodejs:dynamic:Resource", "good").inputs;
    assert.deepStrictEqual(inputs.traffic, { blue: 100, green: 0 });
    assert.deepStrictEqual(inputs.mirrorTraffic, { green: 20 });
    assert.strictEqual(inputs.timeoutSeconds, 600);
  });
});
