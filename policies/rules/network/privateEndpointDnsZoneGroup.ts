import type { PolicyResource } from "@pulumi/policy";
import { isDescendantOf, ofType, peek, refersTo, stackRule, T } from "../../lib";

/** Whether the zone group belongs to the endpoint: graph edge, parent, or the same known name. */
function belongsTo(group: PolicyResource, endpoint: PolicyResource): boolean {
  if (refersTo(group, endpoint, "privateEndpointName") || isDescendantOf(group, endpoint))
    return true;
  const named = peek(() => group.props.privateEndpointName as unknown);
  const actual = peek(() => endpoint.props.privateEndpointName as unknown);
  return typeof named === "string" && named === actual;
}

export const privateEndpointDnsZoneGroup = stackRule<{ policyManagedDnsZoneGroups: boolean }>({
  name: "private-endpoint-dns-zone-group",
  description:
    "Every private endpoint registers its address in a private DNS zone through a zone group.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: [
    "azpol:Configure Azure Key Vaults to use private DNS zones",
    "own:Azure Private Link DNS guidance",
  ],
  remediationSteps:
    "Add a network:PrivateDnsZoneGroup with privateEndpointName set to the endpoint's name and the service's privatelink.* zone. Where Azure Policy in the platform creates the zone groups (LandingZoneNetwork privateDns mode 'policyManaged'), set this policy's policyManagedDnsZoneGroups to true.",
  url: "https://learn.microsoft.com/azure/private-link/private-endpoint-dns",
  types: [T.privateEndpoint],
  subject: T.privateEndpoint,
  config: {
    policyManagedDnsZoneGroups: {
      type: "boolean",
      default: false,
      description:
        "Whether Azure Policy (DeployIfNotExists, usually assigned in the hub) creates the private DNS zone groups of private endpoints, so stacks declare none; true turns this check off.",
    },
  },
  validate: (resources, ctx) => {
    // The zone groups exist, but outside any stack: nothing here can show them.
    if (ctx.config.policyManagedDnsZoneGroups) return;
    const groups = ofType(resources, [T.privateDnsZoneGroup]);
    for (const endpoint of ofType(resources, [T.privateEndpoint])) {
      const hasGroup = groups.some((g) => belongsTo(g, endpoint));
      if (!hasGroup) {
        ctx.report(
          `The private endpoint '${endpoint.name}' has no private DNS zone group; add a network:PrivateDnsZoneGroup for it.`,
          endpoint,
        );
      }
    }
  },
});
