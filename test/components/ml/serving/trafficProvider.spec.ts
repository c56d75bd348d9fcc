import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import {
  createEndpointTrafficProvider,
  EndpointTrafficProps,
} from "../../../../components/ml/serving/trafficProvider";
import {
  fakeArmCertificate,
  fakeCredential,
  FakeArmServer,
  startFakeArm,
} from "../../../helpers/fakeArm";
import { virtualTiming } from "./timing";

const endpointId =
  "/subscriptions/sub-1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-1/onlineEndpoints/ep-1";

const props = (extra: Partial<EndpointTrafficProps> = {}): EndpointTrafficProps => ({
  endpointResourceId: endpointId,
  traffic: { blue: 100, green: 0 },
  mirrorTraffic: {},
  endpointRevision: `${endpointId}@2026-11-26T00:00:00Z`,
  timeoutSeconds: 600,
  ...extra,
});

describe("EndpointTraffic provider", () => {
  let arm: FakeArmServer;
  let provider: pulumi.dynamic.ResourceProvider;

  before(async () => {
    arm = await startFakeArm();
  });
  after(() => arm.stop());
  beforeEach(() => {
    arm.reset();
    arm.addEndpoint(endpointId);
    arm.addDeployment(endpointId, "blue");
    arm.addDeployment(endpointId, "green");
    provider = createEndpointTrafficProvider({
      connection: {
        armEndpoint: arm.url,
        credential: fakeCredential(),
        trustedCaCertificates: fakeArmCertificate,
      },
      timing: virtualTiming(),
    });
  });

  it("creates, shifts, rolls back and deletes without ever writing 0% while serving", async () => {
    const created = await provider.create!(props());
    assert.strictEqual(created.id, `${endpointId}/trafficAllocation`);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100, green: 0 });

    for (const traffic of [
      { blue: 90, green: 10 },
      { blue: 0, green: 100 },
      { blue: 100, green: 0 },
    ]) {
      await provider.update!(created.id, props(), props({ traffic }));
      assert.deepStrictEqual(arm.traffic(endpointId).traffic, traffic);
    }
    await provider.update!(
      created.id,
      props(),
      props({ traffic: { blue: 100, green: 0 }, mirrorTraffic: { green: 10 } }),
    );
    assert.deepStrictEqual(arm.traffic(endpointId).mirror, { green: 10 });

    await provider.delete!(created.id, props({ mirrorTraffic: { green: 10 } }));
    assert.deepStrictEqual(arm.traffic(endpointId), {
      traffic: { blue: 100, green: 0 },
      mirror: {},
    });
    assert.deepStrictEqual(arm.zeroingWrites(), []);
    // create, three shifts, the mirror, delete
    assert.strictEqual(arm.trafficWrites.length, 6);
    assert.ok(arm.trafficWrites.every((w) => w.total === 100));
  });

  it("re-applies after an endpoint update reset the traffic to 0%", async () => {
    await provider.create!(props());
    // An endpoint PUT that carried no traffic, as Azure applies it.
    arm.addEndpoint(endpointId, { traffic: {} });
    arm.addDeployment(endpointId, "blue");
    arm.addDeployment(endpointId, "green");
    const news = props({ endpointRevision: `${endpointId}@2026-11-27T00:00:00Z` });
    const diff = await provider.diff!(`${endpointId}/trafficAllocation`, props(), news);
    assert.deepStrictEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
    await provider.update!(`${endpointId}/trafficAllocation`, props(), news);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100, green: 0 });
  });

  it("retries during create until the new deployments are visible", async () => {
    arm.faults.deploymentNotFound = 2;
    arm.faults.throttled = 1;
    await provider.create!(props());
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100, green: 0 });
    assert.deepStrictEqual(
      arm.requests.filter((r) => r.method === "PUT").map((r) => r.status),
      [404, 404, 200],
    );
    assert.strictEqual(arm.requests.filter((r) => r.status === 429).length, 1);
  });

  it("fails create with the timeout message when Azure never shows the change", async () => {
    arm.faults.provisioningReads = Infinity;
    await assert.rejects(
      provider.create!(props({ timeoutSeconds: 60 })),
      new RegExp(
        `^RetryTimeoutError: setting traffic on ${endpointId.replace(/\//g, "\\/")}: gave up after 60s`,
      ),
    );
  });

  it("diffs: a traffic change updates, another endpoint replaces, equal inputs do nothing", async () => {
    const id = `${endpointId}/trafficAllocation`;
    assert.deepStrictEqual(await provider.diff!(id, props(), props()), {
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
    assert.strictEqual(
      (await provider.diff!(id, props(), props({ traffic: { blue: 90, green: 10 } }))).changes,
      true,
    );
    assert.deepStrictEqual(
      (await provider.diff!(id, props(), props({ endpointResourceId: `${endpointId}-2` })))
        .replaces,
      ["endpointResourceId"],
    );
  });

  it("checks inputs: refuses traffic that leaves nothing serving", async () => {
    const { failures } = await provider.check!(props(), props({ traffic: { blue: 0, green: 0 } }));
    assert.deepStrictEqual(failures, [
      {
        property: "traffic",
        reason: "live traffic sums to 0; it must sum to 100, so that a deployment always serves",
      },
    ]);
  });

  it("checks nothing it cannot know yet during preview", async () => {
    const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    const { failures } = await provider.check!(
      props(),
      props({ endpointResourceId: unknown, traffic: { blue: unknown as never, green: 0 } }),
    );
    assert.deepStrictEqual(failures, []);
  });

  it("reads the live traffic back for refresh, and reports a deleted endpoint", async () => {
    arm.addEndpoint(endpointId, { traffic: { blue: 70, green: 30 } });
    const read = await provider.read!(`${endpointId}/trafficAllocation`, props());
    assert.deepStrictEqual(read.props?.traffic, { blue: 70, green: 30 });
    const gone = await provider.read!("x", props({ endpointResourceId: `${endpointId}-gone` }));
    assert.strictEqual(gone.id, undefined);
  });

  it("still works after Pulumi serializes it, as the engine runs it", async () => {
    const serialized = await pulumi.runtime.serializeFunction(() => provider, {
      allowSecrets: false,
    });
    const module = { exports: {} as Record<string, () => pulumi.dynamic.ResourceProvider> };
    new Function("module", "exports", "require", serialized.text)(module, module.exports, require);
    const revived = module.exports[serialized.exportName]();
    await revived.create!(props({ traffic: { blue: 0, green: 100 } }));
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 0, green: 100 });
    assert.match(serialized.text, /require\("@azure\/core-rest-pipeline"\)/);
  });
});
