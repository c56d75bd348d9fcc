import { has, ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";

/** Subnets that take no route table, or whose service routes on its own. */
const EXEMPT = [
  "gatewaysubnet",
  "azurefirewallsubnet",
  "azurefirewallmanagementsubnet",
  "routeserversubnet",
  "azurebastionsubnet",
];

/** Whether a route table sends 0.0.0.0/0 to a virtual appliance (a firewall). */
function routesToAppliance(table: Record<string, any>): boolean {
  const routes = (table.routes ?? []) as Record<string, any>[];
  return routes.some(
    (r) => r?.addressPrefix === "0.0.0.0/0" && r?.nextHopType === "VirtualAppliance",
  );
}

export const subnetRouteToFirewall = stackRule({
  name: "subnet-route-to-firewall",
  description:
    "In a stack with an egress firewall (an Azure Firewall, or a route table sending 0.0.0.0/0 to one), every workload subnet has a route table, so its egress is filtered.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:subnet-route-to-firewall", "mcsb:NS-3"],
  remediationSteps:
    "Set routeTable: { id: <route table with 0.0.0.0/0 to the firewall> } on the subnet (LandingZoneNetwork's egress does this for every subnet of the zone).",
  url: "https://learn.microsoft.com/azure/firewall/tutorial-firewall-deploy-portal-policy#create-a-default-route",
  types: [T.azureFirewall, T.routeTable, T.subnet],
  subject: T.subnet,
  validate: (resources, ctx) => {
    const hasFirewall =
      ofType(resources, [T.azureFirewall]).length > 0 ||
      ofType(resources, [T.routeTable]).some(
        (t) => peek(() => routesToAppliance(t.props)) === true,
      );
    if (!hasFirewall) return;
    for (const subnet of ofType(resources, [T.subnet])) {
      const name = peek(() => subnet.props.subnetName as unknown);
      if (name === UNRESOLVED) continue;
      if (typeof name === "string" && EXEMPT.includes(name.toLowerCase())) continue;
      // Presence decides: the table's ID is usually an output, unknown at preview.
      if (peek(() => has(subnet.props.routeTable, "id")) !== false) continue;
      ctx.report(
        `The subnet '${subnet.name}' has no route table while the stack has an egress firewall; route its 0.0.0.0/0 through the firewall.`,
        subnet,
      );
    }
  },
});
