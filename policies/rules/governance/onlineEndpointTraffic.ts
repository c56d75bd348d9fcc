import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, quoteList, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

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

export const onlineEndpointTraffic = stackRule({
  name: "online-endpoint-traffic-valid",
  description:
    "Online endpoint traffic names only deployments of that endpoint in the stack and its shares sum to 100.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "implement-safe-deployments",
  anchors: ["own:AML safe rollout for online endpoints"],
  remediationSteps:
    "Make properties.traffic map each OnlineDeployment's deploymentName of this endpoint to a percentage, summing to 100 (blue-green: e.g. { blue: 90, green: 10 }).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-safely-rollout-online-endpoints",
  types: [T.mlOnlineEndpoint],
  subject: T.mlOnlineEndpoint,
  validate: (resources, ctx) => {
    const deployments = ofType(resources, [T.mlOnlineDeployment]);
    for (const endpoint of ofType(resources, [T.mlOnlineEndpoint])) {
      // azure-native wraps `properties` whole: unknown at preview means this endpoint waits.
      const traffic = peek(() => endpoint.props.properties?.traffic as unknown);
      if (traffic === UNRESOLVED || traffic === null || typeof traffic !== "object") continue;
      const shares = traffic as Record<string, unknown>;
      const keys = Object.keys(shares);
      if (keys.length === 0) continue;

      const names = deployments
        .filter((d) => belongsTo(d, endpoint))
        .map((d) => peek(() => (d.props.deploymentName as unknown) ?? d.name));
      if (names.every((n) => typeof n === "string")) {
        const unknownKeys = keys.filter((k) => !names.includes(k));
        if (unknownKeys.length > 0) {
          ctx.report(
            `properties.traffic of '${endpoint.name}' names ${quoteList(unknownKeys)}, which ${unknownKeys.length === 1 ? "is" : "are"} not a deployment of this endpoint in the stack; route traffic only to its deployments.`,
            endpoint,
          );
        }
      }

      const values = keys.map((k) => peek(() => shares[k]));
      if (values.every((v) => typeof v === "number")) {
        const sum = (values as number[]).reduce((a, b) => a + b, 0);
        if (sum !== 100) {
          ctx.report(
            `properties.traffic of '${endpoint.name}' sums to ${sum}; make the shares sum to 100.`,
            endpoint,
          );
        }
      }
    }
  },
});
