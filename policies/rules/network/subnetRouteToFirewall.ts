import { has, ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { stackHasEgressFirewall } from "./lib/egressFirewall";

/** Subnets that take no route table, or whose service routes on its own. */
const EXEMPT = [
  "gatewaysubnet",
  "azurefirewallsubnet",
  "azurefirewallmanagementsubnet",
  "routeserversubnet",
  "azurebastionsubnet",
];

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
    if (!stackHasEgressFirewall(resources)) return;
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
