/*
 * Read-modify-write of an online endpoint's `traffic` and `mirrorTraffic` through Azure Resource
 * Manager. Plain functions, so they are tested against a fake ARM server directly; the dynamic
 * provider only calls them. Self-contained (see armClient.ts).
 */
import { isRestError } from "@azure/core-rest-pipeline";
import { ArmClient, ArmResponse } from "./armClient";
import {
  backoffDelay,
  parseRetryAfter,
  RetryableError,
  RetryBudget,
  RetryReport,
  waitWithin,
  withRetries,
} from "./retry";

/** The Azure ML REST API version used for endpoints and deployments (azure-native 3.28's default). */
export const mlApiVersion = "2025-12-01";

/** Deployment name to percentage. */
export type TrafficMap = Record<string, number>;

/** The traffic one endpoint should carry. */
export interface TrafficSpec {
  /** `Microsoft.MachineLearningServices/workspaces/onlineEndpoints` ID. */
  endpointResourceId: string;
  /** Live traffic; must sum to 100. */
  traffic: TrafficMap;
  /** Shadow traffic; at most 50 in total, only to deployments without live traffic. */
  mirrorTraffic: TrafficMap;
}

/** What an endpoint looks like, as far as traffic goes. */
export interface EndpointTrafficState {
  provisioningState: string;
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  etag?: string;
}

/** A failure that retrying will not fix; its message says what to change. */
export class TrafficError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrafficError";
  }
}

/** The result of one operation, with what it took. */
export interface TrafficResult {
  /** The endpoint as last read; `undefined` when it no longer exists. */
  endpoint?: EndpointTrafficState;
  /** Whether a write was made. */
  changed: boolean;
  report: RetryReport;
}

const endpointIdPattern =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/onlineEndpoints\/[^/]+$/i;

// Arrays, not Sets: Pulumi's function serialization does not rebuild Sets.
const busyStates = ["creating", "updating", "deleting", "scaling"];

/** Why `spec` must not be written, or `undefined`. Guards every write, whoever calls. */
export function trafficSpecProblem(spec: TrafficSpec): string | undefined {
  if (!endpointIdPattern.test(spec.endpointResourceId)) {
    return `"${spec.endpointResourceId}" is not an online endpoint ID (…/workspaces/<ws>/onlineEndpoints/<name>)`;
  }
  const all = [...Object.values(spec.traffic), ...Object.values(spec.mirrorTraffic)];
  if (all.some((w) => !Number.isInteger(w) || w < 0 || w > 100)) {
    return "every weight must be a whole number from 0 to 100";
  }
  const live = sum(spec.traffic);
  if (live !== 100) {
    return `live traffic sums to ${live}; it must sum to 100, so that a deployment always serves`;
  }
  const mirror = sum(spec.mirrorTraffic);
  if (mirror > 50) return `mirror traffic sums to ${mirror}; Azure allows at most 50`;
  const both = Object.keys(spec.mirrorTraffic).filter(
    (d) => (spec.mirrorTraffic[d] ?? 0) > 0 && (spec.traffic[d] ?? 0) > 0,
  );
  if (both.length > 0) {
    return `deployment ${both.join(", ")} cannot receive both live and mirror traffic`;
  }
  return undefined;
}

export function sum(map: TrafficMap): number {
  return Object.values(map).reduce((a, b) => a + b, 0);
}

/** Whether two maps route the same, treating a missing deployment as 0. */
export function sameTraffic(a: TrafficMap, b: TrafficMap): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function url(client: ArmClient, path: string): string {
  return `${client.armEndpoint}${path}?api-version=${mlApiVersion}`;
}

function errorText(response: ArmResponse): string {
  const error = response.body?.error;
  return error ? `${error.code ?? "Error"}: ${error.message ?? ""}` : `HTTP ${response.status}`;
}

/** Azure's "Deployment <d> not found in endpoint <e>" while a new deployment propagates. */
function isDeploymentNotFound(response: ArmResponse): boolean {
  return response.status === 404 && /deployment .*not found in endpoint/i.test(errorText(response));
}

/**
 * Turns a failed response into the error to throw: retryable for propagation delays (deployment
 * not found), conflicts (409), stale ETags (412), throttling (429, honouring Retry-After) and
 * transient server errors (408, 5xx); final for the rest.
 */
export function failure(response: ArmResponse, what: string, now: number): Error {
  const text = `${what}: HTTP ${response.status} ${errorText(response)}`;
  const retryAfterMs = parseRetryAfter(response.headers["retry-after"], now);
  if (isDeploymentNotFound(response)) return new RetryableError(text, "deployment-not-found");
  switch (response.status) {
    case 409:
      return new RetryableError(text, "conflict", retryAfterMs);
    case 412:
      return new RetryableError(text, "etag-mismatch");
    case 429:
      return new RetryableError(text, "throttled", retryAfterMs);
    case 408:
    case 500:
    case 502:
    case 503:
    case 504:
      return new RetryableError(text, "server-error", retryAfterMs);
    default:
      return new TrafficError(text);
  }
}

/** Network failures worth another try; TLS and DNS-name errors are not. */
const transientNetworkCodes = [
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "REQUEST_SEND_ERROR",
];

/** Sends through the client, turning transient network failures into retryable errors. */
async function send(
  client: ArmClient,
  method: "GET" | "PUT",
  path: string,
  body?: unknown,
  ifMatch?: string,
): Promise<ArmResponse> {
  try {
    return await client.send(method, url(client, path), body, ifMatch);
  } catch (error) {
    if (
      isRestError(error) &&
      error.statusCode === undefined &&
      transientNetworkCodes.includes(error.code ?? "")
    ) {
      throw new RetryableError(`${method} ${path}: ${error.message}`, "network");
    }
    if (error instanceof Error && /Credential|Authentication/.test(error.name)) {
      throw new TrafficError(
        "could not get a token for Azure Resource Manager: set the AZURE_* (or ARM_CLIENT_*) " +
          `variables, use a managed identity, or run az login (${error.name}: ${error.message})`,
      );
    }
    throw error;
  }
}

function snapshot(response: ArmResponse): EndpointTrafficState {
  const properties = response.body?.properties ?? {};
  return {
    provisioningState: String(properties.provisioningState ?? "Succeeded"),
    traffic: { ...(properties.traffic ?? {}) },
    mirrorTraffic: { ...(properties.mirrorTraffic ?? {}) },
    etag: response.headers.etag ?? response.body?.etag,
  };
}

/** Reads the endpoint; `undefined` when it does not exist. */
export async function readEndpoint(
  client: ArmClient,
  endpointResourceId: string,
  now: number,
): Promise<{ raw: any; endpoint: EndpointTrafficState } | undefined> {
  const response = await send(client, "GET", endpointResourceId);
  if (response.status === 404) return undefined;
  if (response.status !== 200) throw failure(response, `reading ${endpointResourceId}`, now);
  return { raw: response.body, endpoint: snapshot(response) };
}

/**
 * Checks that every deployment the spec routes to exists and has provisioned, so traffic never
 * moves to a deployment that cannot answer.
 */
async function requireReadyDeployments(
  client: ArmClient,
  spec: TrafficSpec,
  now: number,
): Promise<void> {
  const routed = Object.keys({ ...spec.traffic, ...spec.mirrorTraffic }).filter(
    (d) => (spec.traffic[d] ?? 0) > 0 || (spec.mirrorTraffic[d] ?? 0) > 0,
  );
  for (const deployment of routed) {
    const path = `${spec.endpointResourceId}/deployments/${encodeURIComponent(deployment)}`;
    const response = await send(client, "GET", path);
    if (response.status === 404) {
      throw new RetryableError(
        `deployment ${deployment} not found in endpoint ${spec.endpointResourceId} yet`,
        "deployment-not-found",
      );
    }
    if (response.status !== 200) throw failure(response, `reading deployment ${deployment}`, now);
    const state = String(response.body?.properties?.provisioningState ?? "Succeeded");
    if (/^(failed|canceled)$/i.test(state)) {
      throw new TrafficError(
        `deployment ${deployment} is ${state}; fix or roll back that slot before routing traffic to it`,
      );
    }
    if (!/^succeeded$/i.test(state)) {
      throw new RetryableError(`deployment ${deployment} is ${state}`, "deployment-provisioning");
    }
  }
}

/**
 * The endpoint body to write back: everything read, minus read-only fields, with the new traffic.
 * Writing the whole body (the REST PATCH takes only tags and identity) keeps auth mode, network
 * access and compute exactly as they are.
 */
export function rewriteBody(raw: any, traffic: TrafficMap, mirrorTraffic: TrafficMap): any {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, name, type, systemData, etag, ...rest } = raw ?? {};
  const properties = { ...(rest.properties ?? {}) };
  delete properties.provisioningState;
  delete properties.scoringUri;
  delete properties.swaggerUri;
  delete properties.openApiUri;
  properties.traffic = traffic;
  properties.mirrorTraffic = mirrorTraffic;
  const body: any = { ...rest, properties };
  if (rest.identity) {
    const identity: any = { type: rest.identity.type };
    if (rest.identity.userAssignedIdentities) {
      identity.userAssignedIdentities = Object.fromEntries(
        Object.keys(rest.identity.userAssignedIdentities).map((k) => [k, {}]),
      );
    }
    body.identity = identity;
  }
  return body;
}

/**
 * Polls until Azure shows `want` with the endpoint provisioned. Returns `false` when the endpoint
 * finished provisioning with other traffic (a concurrent writer), so the caller writes again.
 */
async function waitUntilVisible(
  client: ArmClient,
  budget: RetryBudget,
  want: { endpointResourceId: string; traffic: TrafficMap; mirrorTraffic: TrafficMap },
): Promise<boolean> {
  const { timing, report } = budget;
  let lastError = "the change is not visible yet";
  for (;;) {
    let delay = timing.pollIntervalMs;
    try {
      const read = await readEndpoint(client, want.endpointResourceId, timing.now());
      if (!read) throw new TrafficError(`${want.endpointResourceId} disappeared while updating`);
      const { endpoint } = read;
      const state = endpoint.provisioningState.toLowerCase();
      if (state === "failed" || state === "canceled") {
        throw new TrafficError(
          `${want.endpointResourceId} is ${endpoint.provisioningState} after the traffic update; ` +
            "check the endpoint's activity log",
        );
      }
      if (!busyStates.includes(state)) {
        return (
          sameTraffic(endpoint.traffic, want.traffic) &&
          sameTraffic(endpoint.mirrorTraffic, want.mirrorTraffic)
        );
      }
      lastError = `${want.endpointResourceId} is ${endpoint.provisioningState}`;
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      lastError = error.message;
      delay = Math.max(delay, error.retryAfterMs ?? 0);
    }
    await waitWithin(budget, delay, lastError);
    report.polls++;
  }
}

/**
 * Makes the endpoint carry `spec`: read, check the target deployments are ready, write the whole
 * endpoint back with the new maps (If-Match on its ETag), then wait until the change is visible.
 * Retries propagation delays, conflicts, throttling and transient errors within the budget. Every
 * write routes 100% of live traffic to provisioned deployments, so serving never stops.
 */
export async function applyTraffic(
  client: ArmClient,
  spec: TrafficSpec,
  budget: RetryBudget,
): Promise<TrafficResult> {
  const problem = trafficSpecProblem(spec);
  if (problem) throw new TrafficError(`refusing to write traffic: ${problem}`);
  let changed = false;
  for (;;) {
    const written = await withRetries(budget, async () => {
      const now = budget.timing.now();
      const read = await readEndpoint(client, spec.endpointResourceId, now);
      if (!read) {
        throw new RetryableError(`${spec.endpointResourceId} not found`, "endpoint-not-found");
      }
      if (busyStates.includes(read.endpoint.provisioningState.toLowerCase())) {
        throw new RetryableError(
          `${spec.endpointResourceId} is ${read.endpoint.provisioningState}`,
          "endpoint-busy",
        );
      }
      if (
        sameTraffic(read.endpoint.traffic, spec.traffic) &&
        sameTraffic(read.endpoint.mirrorTraffic, spec.mirrorTraffic)
      ) {
        return false;
      }
      await requireReadyDeployments(client, spec, now);
      const body = rewriteBody(read.raw, { ...spec.traffic }, { ...spec.mirrorTraffic });
      const response = await send(client, "PUT", spec.endpointResourceId, body, read.endpoint.etag);
      if (response.status !== 200 && response.status !== 201 && response.status !== 202) {
        throw failure(response, `updating traffic on ${spec.endpointResourceId}`, now);
      }
      return true;
    });
    if (!written) break;
    changed = true;
    if (await waitUntilVisible(client, budget, spec)) break;
    // Someone else wrote the endpoint meanwhile: write again, after a backoff.
    const delay = backoffDelay(budget.report.retries, budget.timing);
    await waitWithin(budget, delay, "the endpoint was overwritten during the update");
    budget.report.retries++;
    budget.report.reasons.push("overwritten");
    budget.report.delaysMs.push(delay);
  }
  const final = await withRetries(budget, () =>
    readEndpoint(client, spec.endpointResourceId, budget.timing.now()),
  );
  return { endpoint: final?.endpoint, changed, report: budget.report };
}

/**
 * What deleting the traffic resource does: it removes the mirror traffic it set, and leaves live
 * traffic as it is, because zeroing it would stop a healthy endpoint from serving. An endpoint
 * that no longer exists needs nothing.
 */
export async function releaseTraffic(
  client: ArmClient,
  spec: Pick<TrafficSpec, "endpointResourceId" | "mirrorTraffic">,
  budget: RetryBudget,
): Promise<TrafficResult> {
  let changed = false;
  for (;;) {
    const outcome = await withRetries(budget, async () => {
      const now = budget.timing.now();
      const read = await readEndpoint(client, spec.endpointResourceId, now);
      if (!read) return { gone: true, written: undefined };
      const mirror = Object.fromEntries(
        Object.entries(read.endpoint.mirrorTraffic).filter(([d]) => !(d in spec.mirrorTraffic)),
      );
      if (sameTraffic(mirror, read.endpoint.mirrorTraffic))
        return { gone: false, written: undefined };
      if (busyStates.includes(read.endpoint.provisioningState.toLowerCase())) {
        throw new RetryableError(
          `${spec.endpointResourceId} is ${read.endpoint.provisioningState}`,
          "endpoint-busy",
        );
      }
      const body = rewriteBody(read.raw, read.endpoint.traffic, mirror);
      const response = await send(client, "PUT", spec.endpointResourceId, body, read.endpoint.etag);
      if (response.status === 404) return { gone: true, written: undefined };
      if (response.status !== 200 && response.status !== 201 && response.status !== 202) {
        throw failure(response, `removing mirror traffic from ${spec.endpointResourceId}`, now);
      }
      return { gone: false, written: { traffic: read.endpoint.traffic, mirrorTraffic: mirror } };
    });
    if (outcome.gone) return { endpoint: undefined, changed, report: budget.report };
    if (!outcome.written) break;
    changed = true;
    if (
      await waitUntilVisible(client, budget, {
        endpointResourceId: spec.endpointResourceId,
        ...outcome.written,
      })
    ) {
      break;
    }
  }
  const final = await withRetries(budget, () =>
    readEndpoint(client, spec.endpointResourceId, budget.timing.now()),
  );
  return { endpoint: final?.endpoint, changed, report: budget.report };
}
