import * as fs from "fs";
import * as https from "https";
import * as path from "path";
import { AddressInfo } from "net";

/**
 * A fake Azure Resource Manager for online endpoints and their deployments, served over HTTPS on
 * 127.0.0.1 with a self-signed loopback certificate (the Azure SDK sends bearer tokens only over
 * TLS). It models provisioning states, ETags, Azure's traffic rules and eventual consistency, and
 * injects faults on request. Every request and every traffic write is recorded for assertions.
 */

const certDir = path.join(__dirname, "fakeArm");
/** The CA certificate clients must trust to talk to the fake server. */
export const fakeArmCertificate = fs.readFileSync(path.join(certDir, "loopback-cert.pem"), "utf8");
const fakeArmKey = fs.readFileSync(path.join(certDir, "loopback-key.pem"), "utf8");

/** The bearer token the fake server accepts; `fakeCredential` returns it. */
export const fakeArmToken = "fake-arm-token";

/** A token credential for the fake server, counting how often it was asked. */
export function fakeCredential(): {
  getToken(): Promise<{ token: string; expiresOnTimestamp: number }>;
  calls: number;
} {
  const credential = {
    calls: 0,
    async getToken() {
      credential.calls++;
      return { token: fakeArmToken, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
  return credential;
}

interface FakeDeployment {
  name: string;
  provisioningState: string;
  /** GETs left before a "Creating" deployment reports Succeeded. */
  readyAfterReads: number;
}

interface FakeEndpoint {
  id: string;
  computeType: "Managed" | "Kubernetes";
  body: any;
  etagCounter: number;
  provisioningState: string;
  /** The traffic written but not yet visible, and the GETs until it is. */
  pending?: { traffic: Record<string, number>; mirrorTraffic: Record<string, number> };
  pendingReads: number;
  deployments: Map<string, FakeDeployment>;
}

/** Faults the next requests meet; each counter goes down as it fires. */
export interface FakeArmFaults {
  /** Traffic writes that fail with Azure's 404 "Deployment ... not found in endpoint". */
  deploymentNotFound: number;
  /** Requests answered 429 with `Retry-After: throttleRetryAfterSeconds`. */
  throttled: number;
  throttleRetryAfterSeconds: number;
  /** Requests answered 500. */
  serverErrors: number;
  /** Writes answered 409 Conflict, as when another operation is in progress. */
  conflicts: number;
  /** Writes that meet an ETag changed by another writer since the client read it (412). */
  staleEtags: number;
  /** Requests whose connection is dropped before any answer. */
  connectionResets: number;
  /** GETs a traffic update stays "Updating" before it shows; `Infinity` never finishes. */
  provisioningReads: number;
  /** Writes after which a concurrent writer puts other traffic on the endpoint. */
  overwriteAfterWrite?: { traffic: Record<string, number> };
}

/** One HTTP exchange. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The status answered; -1 when the connection was dropped. */
  status: number;
  ifMatch?: string;
  authorization?: string;
  userAgent?: string;
}

/** One traffic write the server received (accepted or not), with the state it met. */
export interface TrafficWrite {
  endpointId: string;
  traffic: Record<string, number>;
  mirrorTraffic: Record<string, number>;
  /** The live total the write asked for. */
  total: number;
  /** Whether some provisioned deployment was serving live traffic when the write arrived. */
  servingBefore: boolean;
  status: number;
}

/** A server that answers every request as Azure would: no fault pending, one provisioning read. */
function noFaults(): FakeArmFaults {
  return {
    deploymentNotFound: 0,
    throttled: 0,
    throttleRetryAfterSeconds: 7,
    serverErrors: 0,
    conflicts: 0,
    staleEtags: 0,
    connectionResets: 0,
    provisioningReads: 1,
    overwriteAfterWrite: undefined,
  };
}

export class FakeArmServer {
  readonly requests: RecordedRequest[] = [];
  readonly trafficWrites: TrafficWrite[] = [];
  readonly faults: FakeArmFaults = noFaults();
  private readonly endpoints = new Map<string, FakeEndpoint>();
  private server?: https.Server;

  /** `https://127.0.0.1:<port>`, once started. */
  url = "";

  async start(): Promise<void> {
    this.server = https.createServer({ key: fakeArmKey, cert: fakeArmCertificate }, (req, res) =>
      this.handle(req, res),
    );
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Forgets every endpoint, request and fault. */
  reset(): void {
    this.endpoints.clear();
    this.requests.length = 0;
    this.trafficWrites.length = 0;
    Object.assign(this.faults, noFaults());
  }

  /** Adds a provisioned endpoint with the given traffic. */
  addEndpoint(
    id: string,
    options: {
      computeType?: "Managed" | "Kubernetes";
      traffic?: Record<string, number>;
      mirrorTraffic?: Record<string, number>;
      authMode?: string;
    } = {},
  ): void {
    const computeType = options.computeType ?? "Managed";
    const name = id.split("/").pop()!;
    this.endpoints.set(id.toLowerCase(), {
      id,
      computeType,
      etagCounter: 1,
      provisioningState: "Succeeded",
      pendingReads: 0,
      deployments: new Map(),
      body: {
        id,
        name,
        type: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
        location: "westeurope",
        kind: computeType,
        identity: { type: "SystemAssigned", principalId: "p-1", tenantId: "t-1" },
        tags: { env: "test" },
        systemData: { lastModifiedAt: "2026-11-26T00:00:00Z" },
        properties: {
          authMode: options.authMode ?? "AADToken",
          publicNetworkAccess: "Disabled",
          ...(computeType === "Kubernetes" ? { compute: "/compute/id" } : {}),
          scoringUri: `https://${name}.westeurope.inference.ml.azure.com/score`,
          traffic: { ...(options.traffic ?? {}) },
          mirrorTraffic: { ...(options.mirrorTraffic ?? {}) },
        },
      },
    });
  }

  /** Adds a deployment; "Creating" ones turn "Succeeded" after `readyAfterReads` GETs. */
  addDeployment(
    endpointId: string,
    name: string,
    provisioningState = "Succeeded",
    readyAfterReads = 0,
  ): void {
    this.endpoint(endpointId).deployments.set(name, { name, provisioningState, readyAfterReads });
  }

  /** The traffic Azure would report now (writes still provisioning are not visible). */
  traffic(endpointId: string): { traffic: Record<string, number>; mirror: Record<string, number> } {
    const e = this.endpoint(endpointId);
    return {
      traffic: { ...e.body.properties.traffic },
      mirror: { ...e.body.properties.mirrorTraffic },
    };
  }

  provisioningState(endpointId: string): string {
    return this.endpoint(endpointId).provisioningState;
  }

  /** Writes that set live traffic to 0 while a provisioned deployment was serving. */
  zeroingWrites(): TrafficWrite[] {
    return this.trafficWrites.filter((w) => w.total === 0 && w.servingBefore);
  }

  private endpoint(id: string): FakeEndpoint {
    const e = this.endpoints.get(id.toLowerCase());
    if (!e) throw new Error(`fake ARM has no endpoint ${id}`);
    return e;
  }

  private handle(req: import("http").IncomingMessage, res: import("http").ServerResponse): void {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", this.url);
      const record: RecordedRequest = {
        method: req.method ?? "",
        path: url.pathname,
        status: 0,
        ifMatch: req.headers["if-match"] as string | undefined,
        authorization: req.headers.authorization,
        userAgent: req.headers["user-agent"],
      };
      this.requests.push(record);
      const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(body === undefined ? "" : JSON.stringify(body));
      };
      const error = (status: number, code: string, message: string, headers = {}) =>
        reply(status, { error: { code, message } }, headers);

      if (req.headers.authorization !== `Bearer ${fakeArmToken}`) {
        return error(401, "AuthenticationFailed", "missing or wrong bearer token");
      }
      if (!url.searchParams.get("api-version")) {
        return error(400, "MissingApiVersionParameter", "api-version is required");
      }
      if (this.faults.connectionResets > 0) {
        this.faults.connectionResets--;
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (this.faults.throttled > 0) {
        this.faults.throttled--;
        return error(429, "TooManyRequests", "throttled", {
          "retry-after": String(this.faults.throttleRetryAfterSeconds),
        });
      }
      if (this.faults.serverErrors > 0) {
        this.faults.serverErrors--;
        return error(500, "InternalServerError", "something went wrong");
      }
      const match = /^(.*\/onlineEndpoints\/[^/]+)(?:\/deployments\/([^/]+))?$/i.exec(url.pathname);
      const endpoint = match ? this.endpoints.get(match[1].toLowerCase()) : undefined;
      if (!match || !endpoint) {
        return error(404, "ResourceNotFound", `resource ${url.pathname} not found`);
      }
      if (match[2] !== undefined) {
        if (req.method !== "GET") return error(405, "MethodNotAllowed", "read-only in the fake");
        return this.getDeployment(endpoint, decodeURIComponent(match[2]), reply, error);
      }
      if (req.method === "GET") return this.getEndpoint(endpoint, reply);
      if (req.method === "PUT") return this.putEndpoint(endpoint, raw, record, reply, error);
      return error(405, "MethodNotAllowed", `${req.method} is not modelled`);
    });
  }

  private etag(e: FakeEndpoint): string {
    return `"etag-${e.etagCounter}"`;
  }

  private getEndpoint(e: FakeEndpoint, reply: (s: number, b?: unknown, h?: any) => void): void {
    if (e.pending) {
      if (e.pendingReads > 0) {
        e.pendingReads--;
      } else {
        e.body.properties.traffic = e.pending.traffic;
        e.body.properties.mirrorTraffic = e.pending.mirrorTraffic;
        e.pending = undefined;
        e.provisioningState = "Succeeded";
        e.etagCounter++;
      }
    }
    reply(
      200,
      { ...e.body, properties: { ...e.body.properties, provisioningState: e.provisioningState } },
      { etag: this.etag(e) },
    );
  }

  private getDeployment(
    e: FakeEndpoint,
    name: string,
    reply: (s: number, b?: unknown) => void,
    error: (s: number, c: string, m: string) => void,
  ): void {
    const d = e.deployments.get(name);
    if (!d) return error(404, "ResourceNotFound", `deployment ${name} not found`);
    if (d.provisioningState === "Creating") {
      if (d.readyAfterReads > 0) d.readyAfterReads--;
      else d.provisioningState = "Succeeded";
    }
    reply(200, { name, properties: { provisioningState: d.provisioningState } });
  }

  private servingNow(e: FakeEndpoint): boolean {
    return Object.entries(e.body.properties.traffic as Record<string, number>).some(
      ([name, weight]) => weight > 0 && e.deployments.get(name)?.provisioningState === "Succeeded",
    );
  }

  private putEndpoint(
    e: FakeEndpoint,
    raw: string,
    record: RecordedRequest,
    reply: (s: number, b?: unknown, h?: any) => void,
    error: (s: number, c: string, m: string) => void,
  ): void {
    const body = JSON.parse(raw || "{}");
    const traffic: Record<string, number> = body.properties?.traffic ?? {};
    const mirrorTraffic: Record<string, number> = body.properties?.mirrorTraffic ?? {};
    const total = Object.values(traffic).reduce((a, b) => a + b, 0);
    const write: TrafficWrite = {
      endpointId: e.id,
      traffic,
      mirrorTraffic,
      total,
      servingBefore: this.servingNow(e),
      status: 0,
    };
    this.trafficWrites.push(write);
    const fail = (status: number, code: string, message: string) => {
      write.status = status;
      error(status, code, message);
    };
    if (e.provisioningState !== "Succeeded" || this.faults.conflicts > 0) {
      if (this.faults.conflicts > 0) this.faults.conflicts--;
      return fail(409, "Conflict", "another operation is in progress on the endpoint");
    }
    if (this.faults.staleEtags > 0) {
      // Another writer got there first: the stored ETag moves on.
      this.faults.staleEtags--;
      e.etagCounter++;
    }
    if (record.ifMatch !== undefined && record.ifMatch !== this.etag(e)) {
      return fail(412, "PreconditionFailed", "the ETag does not match");
    }
    const workspace = e.id.split("/")[8];
    const named = [...Object.keys(traffic), ...Object.keys(mirrorTraffic)];
    const missing = named.find((d) => !e.deployments.has(d));
    if (this.faults.deploymentNotFound > 0 || missing !== undefined) {
      if (this.faults.deploymentNotFound > 0) this.faults.deploymentNotFound--;
      const name = missing ?? named[0] ?? "unknown";
      return fail(
        404,
        "UserError",
        `Deployment ${name} not found in endpoint ${e.body.name}, workspace ${workspace}`,
      );
    }
    if (total !== 0 && total !== 100) {
      return fail(400, "BadArgument", `traffic must sum to 0 or 100, got ${total}`);
    }
    const mirrorTotal = Object.values(mirrorTraffic).reduce((a, b) => a + b, 0);
    if (mirrorTotal > 0 && e.computeType === "Kubernetes") {
      return fail(400, "BadArgument", "mirror traffic is not supported for Kubernetes endpoints");
    }
    if (mirrorTotal > 50) return fail(400, "BadArgument", "mirror traffic must not exceed 50");
    if (Object.keys(mirrorTraffic).some((d) => mirrorTraffic[d] > 0 && (traffic[d] ?? 0) > 0)) {
      return fail(400, "BadArgument", "a deployment cannot take both live and mirror traffic");
    }
    if (body.properties?.authMode !== e.body.properties.authMode) {
      return fail(400, "BadArgument", "the write changed authMode; read-modify-write lost it");
    }
    write.status = 200;
    e.etagCounter++;
    e.provisioningState = "Updating";
    e.pending = { traffic: { ...traffic }, mirrorTraffic: { ...mirrorTraffic } };
    e.pendingReads = this.faults.provisioningReads;
    const overwrite = this.faults.overwriteAfterWrite;
    if (overwrite) {
      this.faults.overwriteAfterWrite = undefined;
      e.pending = { traffic: { ...overwrite.traffic }, mirrorTraffic: {} };
    }
    reply(
      200,
      { ...e.body, properties: { ...e.body.properties, provisioningState: "Updating" } },
      { etag: this.etag(e) },
    );
  }
}

/** Starts a fake ARM server for a spec file; stop it in `after`. */
export async function startFakeArm(): Promise<FakeArmServer> {
  const server = new FakeArmServer();
  await server.start();
  return server;
}
