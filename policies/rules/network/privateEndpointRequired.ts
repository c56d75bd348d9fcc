import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, referencedThrough, stackRule, T } from "../../lib";

/** Services reached over private link, with a label for messages. */
const TARGETS: readonly { type: string; label: string }[] = [
  { type: T.storageAccount, label: "storage account" },
  { type: T.registry, label: "container registry" },
  { type: T.mlWorkspace, label: "AML workspace" },
  { type: T.vault, label: "key vault" },
  { type: T.aiAccount, label: "AI services account" },
  { type: T.searchService, label: "AI Search service" },
  { type: T.cosmosAccount, label: "Cosmos DB account" },
];

const CONNECTIONS = ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"];

/**
 * What the stack's private endpoints connect to: services by graph edge (URNs) and by known ID
 * (lower case). Collected once, so the rule stays linear in the stack's size.
 */
function connectedServices(endpoints: readonly PolicyResource[]): {
  urns: Set<string>;
  ids: Set<string>;
} {
  const urns = new Set<string>();
  const ids = new Set<string>();
  for (const endpoint of endpoints) {
    for (const property of CONNECTIONS) {
      for (const service of referencedThrough(endpoint, property)) urns.add(service.urn);
    }
    // Unknown at preview: this endpoint's IDs cannot be compared; its graph edges still count.
    const linked = peek(() =>
      CONNECTIONS.flatMap((property) => endpoint.props[property] ?? []).map(
        (c: { privateLinkServiceId?: unknown }) => c.privateLinkServiceId,
      ),
    );
    if (!Array.isArray(linked)) continue;
    for (const id of linked) if (typeof id === "string") ids.add(id.toLowerCase());
  }
  return { urns, ids };
}

export const privateEndpointRequired = stackRule({
  name: "private-endpoint-required",
  description:
    "Every storage account, key vault, container registry, AML workspace, AI services account, AI Search service and Cosmos DB account has a private endpoint in the stack.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV2_AZURE_32",
    "checkov:CKV2_AZURE_33",
    "azpol:Azure Key Vaults should use private link",
    "azpol:Storage accounts should use private link",
    "azpol:Container registries should use private link",
    "azpol:Azure Machine Learning workspaces should use private link",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Add a network:PrivateEndpoint whose privateLinkServiceConnections[].privateLinkServiceId is the service's id (groupIds 'blob', 'vault', 'registry', 'amlworkspace', 'account', 'searchService' or 'Sql').",
  url: "https://learn.microsoft.com/azure/private-link/private-endpoint-overview",
  types: TARGETS.map((t) => t.type),
  validate: (resources, ctx) => {
    const connected = connectedServices(ofType(resources, [T.privateEndpoint]));
    for (const target of TARGETS) {
      for (const service of ofType(resources, [target.type])) {
        // Whether public access is also open is for the *-public-network-access rules; a service
        // without a private endpoint forces its clients onto the public one either way.
        if (connected.urns.has(service.urn)) continue;
        const id = peek(() => service.props.id as unknown);
        if (typeof id === "string" && connected.ids.has(id.toLowerCase())) continue;
        ctx.report(
          `The ${target.label} '${service.name}' has no private endpoint in the stack; add one.`,
          service,
        );
      }
    }
  },
});
