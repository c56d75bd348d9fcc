import * as assert from "assert";
import { createArmClient, ArmClient } from "../../../../components/ml/serving/armClient";
import { RetryTimeoutError, startBudget } from "../../../../components/ml/serving/retry";
import {
  applyTraffic,
  releaseTraffic,
  TrafficError,
  TrafficSpec,
} from "../../../../components/ml/serving/trafficShift";
import {
  fakeArmCertificate,
  fakeArmToken,
  fakeCredential,
  FakeArmServer,
  startFakeArm,
} from "../../../helpers/fakeArm";
import { virtualTiming } from "./timing";

const endpointId =
  "/subscriptions/sub-1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-1/onlineEndpoints/ep-1";

describe("traffic shifts against a fake ARM server", () => {
  let arm: FakeArmServer;
  let client: ArmClient;
  let credential: ReturnType<typeof fakeCredential>;

  before(async () => {
    arm = await startFakeArm();
  });
  after(() => arm.stop());
  beforeEach(() => {
    arm.reset();
    credential = fakeCredential();
    client = createArmClient({
      armEndpoint: arm.url,
      credential,
      trustedCaCertificates: fakeArmCertificate,
    });
    arm.addEndpoint(endpointId);
    arm.addDeployment(endpointId, "blue");
    arm.addDeployment(endpointId, "green");
  });

  const spec = (traffic: Record<string, number>, mirrorTraffic = {}): TrafficSpec => ({
    endpointResourceId: endpointId,
    traffic,
    mirrorTraffic,
  });
  const run = (s: TrafficSpec, timing = virtualTiming()) =>
    applyTraffic(client, s, startBudget("shifting traffic", timing));

  it("sets traffic on a new endpoint with one authenticated read-modify-write, then waits until it shows", async () => {
    const result = await run(spec({ blue: 100 }));
    assert.deepStrictEqual(arm.traffic(endpointId), { traffic: { blue: 100 }, mirror: {} });
    assert.deepStrictEqual(result.endpoint?.traffic, { blue: 100 });
    assert.strictEqual(result.changed, true);
    assert.strictEqual(result.report.retries, 0);
    assert.strictEqual(result.report.polls, 1, "one poll while the endpoint was Updating");
    assert.deepStrictEqual(
      arm.requests.map((r) => `${r.method} ${r.path.split("/onlineEndpoints/")[1]} ${r.status}`),
      [
        "GET ep-1 200",
        "GET ep-1/deployments/blue 200",
        "PUT ep-1 200",
        "GET ep-1 200",
        "GET ep-1 200",
        "GET ep-1 200",
      ],
    );
    const put = arm.requests.find((r) => r.method === "PUT")!;
    assert.strictEqual(put.ifMatch, '"etag-1"', "the write is conditional on the ETag it read");
    assert.ok(arm.requests.every((r) => r.authorization === `Bearer ${fakeArmToken}`));
    assert.ok(arm.requests.every((r) => r.userAgent?.startsWith("ailz-endpoint-traffic ")));
    assert.ok(credential.calls >= 1);
  });

  it("keeps the endpoint's other settings when it writes traffic back", async () => {
    arm.addEndpoint(endpointId, { authMode: "AMLToken" });
    arm.addDeployment(endpointId, "blue");
    await run(spec({ blue: 100 }));
    // The fake rejects a write whose authMode differs from the stored one.
    assert.deepStrictEqual(
      arm.trafficWrites.map((w) => w.status),
      [200],
    );
  });

  it("promotes blue to green in config steps and rolls back, never writing 0% while serving", async () => {
    const steps: Record<string, number>[] = [
      { blue: 100 },
      { blue: 90, green: 10 },
      { blue: 0, green: 100 },
      { blue: 100, green: 0 },
    ];
    for (const traffic of steps) {
      await run(spec(traffic));
      assert.deepStrictEqual(arm.traffic(endpointId).traffic, traffic);
    }
    assert.deepStrictEqual(
      arm.trafficWrites.map((w) => w.total),
      [100, 100, 100, 100],
    );
    assert.deepStrictEqual(arm.zeroingWrites(), []);
    assert.deepStrictEqual(
      arm.trafficWrites.map((w) => w.servingBefore),
      [false, true, true, true],
    );
  });

  it("writes nothing when the endpoint already carries the traffic", async () => {
    await run(spec({ blue: 100 }));
    const writes = arm.trafficWrites.length;
    const again = await run(spec({ blue: 100 }));
    assert.strictEqual(again.changed, false);
    assert.strictEqual(arm.trafficWrites.length, writes);
  });

  it("retries Azure's 'deployment not found' with exponential backoff and jitter", async () => {
    arm.faults.deploymentNotFound = 3;
    const timing = virtualTiming();
    const result = await run(spec({ blue: 100 }), timing);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100 });
    assert.strictEqual(result.report.retries, 3);
    assert.deepStrictEqual(result.report.reasons, [
      "deployment-not-found",
      "deployment-not-found",
      "deployment-not-found",
    ]);
    // 1 s, 2 s, 4 s, each with jitter 0.5 taking three quarters.
    assert.deepStrictEqual(result.report.delaysMs, [750, 1500, 3000]);
    assert.deepStrictEqual(
      arm.trafficWrites.map((w) => w.status),
      [404, 404, 404, 200],
    );
  });

  it("waits for a deployment still provisioning, then routes to it", async () => {
    arm.addEndpoint(endpointId, { traffic: {} });
    arm.addDeployment(endpointId, "blue", "Creating", 2);
    const result = await run(spec({ blue: 100 }));
    assert.deepStrictEqual(result.report.reasons, [
      "deployment-provisioning",
      "deployment-provisioning",
    ]);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100 });
    assert.strictEqual(arm.trafficWrites.length, 1, "no write before the deployment was ready");
  });

  it("honours Retry-After on 429", async () => {
    arm.faults.throttled = 1;
    arm.faults.throttleRetryAfterSeconds = 7;
    const result = await run(spec({ blue: 100 }));
    assert.deepStrictEqual(result.report.reasons, ["throttled"]);
    assert.deepStrictEqual(result.report.delaysMs, [7000]);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100 });
  });

  it("retries transient 500s and 409 conflicts", async () => {
    arm.faults.serverErrors = 2;
    arm.faults.conflicts = 1;
    const result = await run(spec({ blue: 100 }));
    assert.deepStrictEqual(result.report.reasons, ["server-error", "server-error", "conflict"]);
    assert.strictEqual(result.report.retries, 3);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100 });
  });

  it("re-reads and writes again when the ETag moved on (412), and survives dropped connections", async () => {
    arm.faults.staleEtags = 1;
    arm.faults.connectionResets = 1;
    const result = await run(spec({ blue: 100 }));
    assert.deepStrictEqual(result.report.reasons, ["network", "etag-mismatch"]);
    assert.deepStrictEqual(
      arm.trafficWrites.map((w) => w.status),
      [412, 200],
    );
    const puts = arm.requests.filter((r) => r.method === "PUT");
    assert.notStrictEqual(puts[0].ifMatch, puts[1].ifMatch, "the second write uses the new ETag");
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 100 });
  });

  it("polls a slow provisioning state until the change is visible, without counting retries", async () => {
    arm.faults.provisioningReads = 4;
    const result = await run(spec({ blue: 100 }));
    assert.strictEqual(result.report.polls, 4);
    assert.strictEqual(result.report.retries, 0);
    assert.strictEqual(arm.provisioningState(endpointId), "Succeeded");
    assert.deepStrictEqual(result.endpoint?.traffic, { blue: 100 });
  });

  it("writes again when another writer replaced the traffic during the update", async () => {
    await run(spec({ blue: 100 }));
    arm.faults.overwriteAfterWrite = { traffic: { blue: 100 } };
    const result = await run(spec({ blue: 50, green: 50 }));
    assert.deepStrictEqual(result.report.reasons, ["overwritten"]);
    assert.deepStrictEqual(arm.traffic(endpointId).traffic, { blue: 50, green: 50 });
  });

  it("sets mirror traffic on a managed endpoint", async () => {
    await run(spec({ blue: 100, green: 0 }, { green: 10 }));
    assert.deepStrictEqual(arm.traffic(endpointId), {
      traffic: { blue: 100, green: 0 },
      mirror: { green: 10 },
    });
  });

  describe("stops with a clear message after a bounded time", () => {
    it("when provisioning never finishes", async () => {
      await run(spec({ blue: 100 }));
      arm.faults.provisioningReads = Infinity;
      await assert.rejects(
        run(spec({ blue: 90, green: 10 }), virtualTiming({ timeoutMs: 60_000 })),
        (error: Error) => {
          assert.ok(error instanceof RetryTimeoutError);
          assert.match(
            error.message,
            /^shifting traffic: gave up after 60s, 1 attempts and 12 polls \(limit 60s\); last error: .*ep-1 is Updating$/,
          );
          return true;
        },
      );
      assert.deepStrictEqual(arm.zeroingWrites(), []);
    });

    it("when a deployment never appears", async () => {
      arm.faults.deploymentNotFound = Infinity;
      await assert.rejects(
        run(spec({ blue: 100 }), virtualTiming({ timeoutMs: 30_000 })),
        (error: Error) => {
          assert.ok(error instanceof RetryTimeoutError);
          assert.match(error.message, /gave up after \d+s, \d+ attempts/);
          assert.match(
            error.message,
            /\(limit 30s\); last error: .*Deployment blue not found in endpoint ep-1, workspace mlw-1$/,
          );
          // 0.75 + 1.5 + 3 + 6 + 12 s waited; the next 24 s would pass the limit.
          assert.strictEqual(error.report.retries, 5);
          return true;
        },
      );
      assert.deepStrictEqual(arm.traffic(endpointId).traffic, {});
    });
  });

  describe("refuses without retrying", () => {
    it("traffic that does not sum to 100, before any request", async () => {
      await assert.rejects(run(spec({ blue: 60, green: 30 })), (error: Error) => {
        assert.ok(error instanceof TrafficError);
        assert.match(error.message, /live traffic sums to 90; it must sum to 100/);
        return true;
      });
      await assert.rejects(run(spec({ blue: 0, green: 0 })), /live traffic sums to 0/);
      assert.deepStrictEqual(arm.requests, []);
    });

    it("a credential that cannot give a token, with what to set", async () => {
      const noLogin = createArmClient({
        armEndpoint: arm.url,
        trustedCaCertificates: fakeArmCertificate,
        credential: {
          getToken: async () => {
            const error = new Error("no az login session");
            error.name = "CredentialUnavailableError";
            throw error;
          },
        },
      });
      await assert.rejects(
        applyTraffic(noLogin, spec({ blue: 100 }), startBudget("t", virtualTiming())),
        (error: Error) => {
          assert.ok(error instanceof TrafficError);
          assert.match(
            error.message,
            /^could not get a token for Azure Resource Manager: .*run az login \(CredentialUnavailableError: no az login session\)$/,
          );
          return true;
        },
      );
      assert.deepStrictEqual(arm.requests, []);
    });

    it("routing to a failed deployment", async () => {
      arm.addDeployment(endpointId, "green", "Failed");
      await assert.rejects(
        run(spec({ blue: 0, green: 100 })),
        /deployment green is Failed; fix or roll back that slot before routing traffic to it/,
      );
      assert.deepStrictEqual(arm.trafficWrites, []);
    });

    it("a request Azure rejects, with Azure's reason", async () => {
      arm.addEndpoint(endpointId, { computeType: "Kubernetes" });
      arm.addDeployment(endpointId, "blue");
      arm.addDeployment(endpointId, "green");
      await assert.rejects(
        run(spec({ blue: 100, green: 0 }, { green: 10 })),
        /HTTP 400 BadArgument: mirror traffic is not supported for Kubernetes endpoints/,
      );
      assert.strictEqual(arm.trafficWrites.length, 1);
    });
  });

  describe("release (delete)", () => {
    it("removes its mirror traffic and leaves live traffic serving", async () => {
      await run(spec({ blue: 100, green: 0 }, { green: 20 }));
      const result = await releaseTraffic(
        client,
        { endpointResourceId: endpointId, mirrorTraffic: { green: 20 } },
        startBudget("releasing", virtualTiming()),
      );
      assert.strictEqual(result.changed, true);
      assert.deepStrictEqual(arm.traffic(endpointId), {
        traffic: { blue: 100, green: 0 },
        mirror: {},
      });
      assert.deepStrictEqual(arm.zeroingWrites(), []);
    });

    it("writes nothing when there is no mirror, and nothing when the endpoint is gone", async () => {
      await run(spec({ blue: 100 }));
      const writes = arm.trafficWrites.length;
      const kept = await releaseTraffic(
        client,
        { endpointResourceId: endpointId, mirrorTraffic: {} },
        startBudget("releasing", virtualTiming()),
      );
      assert.strictEqual(kept.changed, false);
      const gone = await releaseTraffic(
        client,
        { endpointResourceId: endpointId.replace("ep-1", "ep-gone"), mirrorTraffic: { green: 5 } },
        startBudget("releasing", virtualTiming()),
      );
      assert.strictEqual(gone.endpoint, undefined);
      assert.strictEqual(arm.trafficWrites.length, writes);
    });
  });
});
