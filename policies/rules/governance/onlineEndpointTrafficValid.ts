import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, quoteList, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

/** The type token of dynamic resources, such as the components' `EndpointTraffic`. */
const DYNAMIC = "pulumi-nodejs:dynamic:Resource";
/** Azure's ceiling for mirrored (shadow) traffic on an endpoint. */
const MAX_MIRROR = 50;
const ENDPOINT_ID =
  /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/onlineEndpoints\/([^/]+)$/i;

/**
 * Who sets an endpoint's traffic: the endpoint itself (`properties.traffic`), or a separate
 * writer such as `EndpointTraffic`, recognised by its inputs `endpointResourceId` and `traffic`.
 */
interface TrafficWriter {
  readonly resource: PolicyResource;
  /** How the writer's inputs are named in messages. */
  readonly at: string;
  readonly traffic: () => unknown;
  readonly mirror: () => unknown;
  readonly endpoint: PolicyResource | undefined;
}

/** Whether a dynamic resource writes endpoint traffic (EndpointTraffic's input shape). */
function isTrafficResource(resource: PolicyResource): boolean {
  return (
    resource.type === DYNAMIC &&
    "endpointResourceId" in resource.props &&
    "traffic" in resource.props
  );
}

/** The endpoint a traffic resource names: graph edge, or its ID composed of the endpoint's known names. */
function endpointOf(
  writer: PolicyResource,
  endpoints: readonly PolicyResource[],
): PolicyResource | undefined {
  const byEdge = endpoints.find((e) => refersTo(writer, e, "endpointResourceId"));
  if (byEdge !== undefined) return byEdge;
  const id = peek(() => writer.props.endpointResourceId as unknown);
  const match = typeof id === "string" ? ENDPOINT_ID.exec(id) : null;
  if (match === null) return undefined;
  const [group, workspace, name] = match.slice(1).map((s) => s.toLowerCase());
  return endpoints.find((e) => {
    const p = peek(() => [e.props.resourceGroupName, e.props.workspaceName, e.props.endpointName]);
    return (
      Array.isArray(p) &&
      p.every((v) => typeof v === "string") &&
      p.map((v) => String(v).toLowerCase()).join("/") === [group, workspace, name].join("/")
    );
  });
}

/** The endpoint's name as deployments refer to it. */
function endpointName(endpoint: PolicyResource): unknown {
  return peek(() => (endpoint.props.endpointName as unknown) ?? endpoint.name);
}

/** Whether the deployment belongs to the endpoint (graph edge, or the same known name). */
function belongsTo(deployment: PolicyResource, endpoint: PolicyResource): boolean {
  if (refersTo(deployment, endpoint, "endpointName")) return true;
  const named = peek(() => deployment.props.endpointName as unknown);
  return typeof named === "string" && named === endpointName(endpoint);
}

/** The stack's traffic writers. */
function writers(resources: readonly PolicyResource[]): TrafficWriter[] {
  const endpoints = ofType(resources, [T.mlOnlineEndpoint]);
  const found: TrafficWriter[] = endpoints.map((endpoint) => ({
    resource: endpoint,
    at: "properties.traffic",
    // azure-native wraps `properties` whole: unknown at preview means this endpoint waits.
    traffic: () => endpoint.props.properties?.traffic,
    mirror: () => endpoint.props.properties?.mirrorTraffic,
    endpoint,
  }));
  for (const resource of resources.filter(isTrafficResource)) {
    found.push({
      resource,
      at: "traffic",
      traffic: () => resource.props.traffic,
      mirror: () => resource.props.mirrorTraffic,
      endpoint: endpointOf(resource, endpoints),
    });
  }
  return found;
}

/** A traffic map's entries, or undefined when it is unset, empty or unknown at preview. */
function sharesOf(read: () => unknown): Record<string, unknown> | undefined {
  const map = peek(read);
  if (map === UNRESOLVED || map === null || typeof map !== "object") return undefined;
  return Object.keys(map).length === 0 ? undefined : (map as Record<string, unknown>);
}

export const onlineEndpointTrafficValid = stackRule({
  name: "online-endpoint-traffic-valid",
  description:
    "Online endpoint traffic, set on the endpoint or by a traffic resource such as EndpointTraffic, names only deployments of that endpoint in the stack, its live shares sum to 100 and its mirrored shares to at most 50.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "implement-safe-deployments",
  anchors: ["own:AML safe rollout for online endpoints"],
  remediationSteps:
    "Make the traffic map (EndpointTraffic's traffic, or the endpoint's properties.traffic) name each OnlineDeployment's deploymentName of this endpoint with whole percentages summing to 100 (blue-green: e.g. { blue: 90, green: 10 }), and keep mirrorTraffic at 50 or less on deployments of the endpoint.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-safely-rollout-online-endpoints",
  types: [T.mlOnlineEndpoint, T.mlOnlineDeployment, DYNAMIC],
  validate: (resources, ctx) => {
    const deployments = ofType(resources, [T.mlOnlineDeployment]);
    for (const writer of writers(resources)) {
      const of = `of '${(writer.endpoint ?? writer.resource).name}'`;
      const names =
        writer.endpoint === undefined
          ? undefined
          : deployments
              .filter((d) => belongsTo(d, writer.endpoint!))
              .map((d) => peek(() => (d.props.deploymentName as unknown) ?? d.name));
      const judge = (
        field: string,
        read: () => unknown,
        check: (sum: number) => string | undefined,
      ) => {
        const shares = sharesOf(read);
        if (shares === undefined) return;
        const keys = Object.keys(shares);
        if (names !== undefined && names.every((n) => typeof n === "string")) {
          const strangers = keys.filter((k) => !names.includes(k));
          if (strangers.length > 0) {
            ctx.report(
              `${field} ${of} names ${quoteList(strangers)}, which ${strangers.length === 1 ? "is" : "are"} not a deployment of this endpoint in the stack; route traffic only to its deployments.`,
              writer.resource,
            );
          }
        }
        const values = keys.map((k) => peek(() => shares[k]));
        if (values.every((v) => v !== UNRESOLVED)) {
          const wrong = keys.filter(
            (_, i) =>
              typeof values[i] !== "number" ||
              !Number.isInteger(values[i]) ||
              (values[i] as number) < 0,
          );
          if (wrong.length > 0) {
            ctx.report(
              `${field} ${of} gives ${quoteList(wrong)} a share that is not a whole percentage; use whole numbers from 0 to 100.`,
              writer.resource,
            );
            return;
          }
          const problem = check((values as number[]).reduce((a, b) => a + b, 0));
          if (problem !== undefined) ctx.report(`${field} ${of} ${problem}`, writer.resource);
        }
      };
      judge(writer.at, writer.traffic, (sum) =>
        sum === 100 ? undefined : `sums to ${sum}; make the shares sum to 100.`,
      );
      judge(
        writer.at === "traffic" ? "mirrorTraffic" : "properties.mirrorTraffic",
        writer.mirror,
        (sum) =>
          sum <= MAX_MIRROR ? undefined : `sums to ${sum}; mirror at most ${MAX_MIRROR} percent.`,
      );
    }
  },
});
