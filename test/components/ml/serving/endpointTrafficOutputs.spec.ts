import * as assert from "assert";
import { EndpointTraffic } from "../../../../components/ml/serving/endpointTraffic";
import { RecorderMocks, settle, unwrap, useMocks } from "../../../helpers/mocks";

const endpointResourceId =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/ep";

describe("EndpointTraffic outputs", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMocks();
  });

  it("exposes the traffic it applied, as the dynamic provider returned it", async () => {
    const traffic = new EndpointTraffic("outputs", {
      endpointResourceId,
      traffic: { blue: 90, green: 10 },
      mirrorTraffic: {},
    });
    await settle();
    assert.strictEqual(
      mocks.one("pulumi-nodejs:dynamic:Resource", "outputs").inputs.traffic.blue,
      90,
    );
    assert.deepStrictEqual(await unwrap(traffic.traffic), { blue: 90, green: 10 });
    assert.deepStrictEqual(await unwrap(traffic.mirrorTraffic), {});
    assert.strictEqual(await unwrap(traffic.endpointResourceId), endpointResourceId);
  });
});
