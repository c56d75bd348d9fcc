/**
 * Whether a stack's egress goes through a firewall: it holds an Azure Firewall, or a route table
 * sending 0.0.0.0/0 to a virtual appliance (a platform team's firewall). Not a policy: the
 * routing and peering rules share it.
 */
import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, T } from "../../../lib";

/** Whether a route table sends 0.0.0.0/0 to a virtual appliance (a firewall). */
function routesToAppliance(table: Record<string, any>): boolean {
  const routes = (table.routes ?? []) as Record<string, any>[];
  return routes.some(
    (r) => r?.addressPrefix === "0.0.0.0/0" && r?.nextHopType === "VirtualAppliance",
  );
}

export function stackHasEgressFirewall(resources: readonly PolicyResource[]): boolean {
  return (
    ofType(resources, [T.azureFirewall]).length > 0 ||
    ofType(resources, [T.routeTable]).some((t) => peek(() => routesToAppliance(t.props)) === true)
  );
}
