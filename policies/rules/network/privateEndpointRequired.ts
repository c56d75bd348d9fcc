import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, referencedThrough, stackRule, T } from "../../lib";

/** Services that must be reached privately once public access is off, and where that flag lives. */
const TARGETS: readonly { type: string; label: string; read: (p: any) => unknown }[] = [
  { type: T.storageAccount, label: "storage account", read: (p) => p.publicNetworkAccess },
  { type: T.registry, label: "container registry", read: (p) => p.publicNetworkAccess },
  { type: T.mlWorkspace, label: "AML workspace", read: (p) => p.publicNetworkAccess },
  { type: T.vault, label: "key vault", read: (p) => p.properties.publicNetworkAccess },
  {
    type: T.aiAccount,
    label: "AI services account",
    read: (p) => p.properties.publicNetworkAccess,
  },
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
    "Every service with public network access disabled has a private endpoint in the stack.",
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
    "psrule:Azure.AI.PrivateEndpoints",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Add a network:PrivateEndpoint whose privateLinkServiceConnections[].privateLinkServiceId is the service's id (groupIds 'blob', 'vault', 'registry', 'amlworkspace' or 'account').",
  url: "https://learn.microsoft.com/azure/private-link/private-endpoint-overview",
  types: TARGETS.map((t) => t.type),
  validate: (resources, ctx) => {
    const connected = connectedServices(ofType(resources, [T.privateEndpoint]));
    for (const target of TARGETS) {
      for (const service of ofType(resources, [target.type])) {
        // Unknown at preview: this service cannot be judged yet, the others still can.
        if (peek(() => target.read(service.props)) !== "Disabled") continue;
        if (connected.urns.has(service.urn)) continue;
        const id = peek(() => service.props.id as unknown);
        if (typeof id === "string" && connected.ids.has(id.toLowerCase())) continue;
        ctx.report(
          `The ${target.label} '${service.name}' has public network access disabled but no private endpoint connects to it; add one.`,
          service,
        );
      }
    }
  },
});
