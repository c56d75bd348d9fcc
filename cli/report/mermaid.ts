import { byDeclaration, CapturedResource } from "../simulator/capture";
import { PROVIDER_TYPE_PREFIX, STACK_TYPE } from "../simulator/constants";
import type { GateResult } from "./model";

const PRIVATE_ENDPOINT = "azure-native:network:PrivateEndpoint";
const DNS_ZONE_GROUP = "azure-native:network:PrivateDnsZoneGroup";
const VNET_LINK = "azure-native:privatedns:VirtualNetworkLink";

function escape(text: string): string {
  return text.replace(/"/g, "#quot;");
}

/** Short type for labels: `azure-native:storage:StorageAccount` -> `StorageAccount`. */
function shortType(type: string): string {
  return type.split(":").pop() ?? type;
}

/**
 * The landing zone as a Mermaid flowchart: components as (nested) subgraphs, resources as
 * nodes, and the network wiring as edges: private endpoints to the service they expose, DNS
 * zone groups to their zone and endpoint, VNet links to their zone and network. Edges come from
 * property dependencies, so they are known even when IDs are not (preview mode).
 */
export function renderMermaid(result: GateResult): string {
  const shown = result.resources.filter(
    (r) => r.type !== STACK_TYPE && !r.type.startsWith(PROVIDER_TYPE_PREFIX),
  );
  const urns = new Set(shown.map((r) => r.urn));
  const children = new Map<string, CapturedResource[]>();
  for (const r of shown) {
    // Top-level resources hang off the stack; draw them at the top of the graph.
    const parent = urns.has(r.parent) ? r.parent : "";
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const lines = ["flowchart LR"];
  for (const list of children.values()) list.sort(byDeclaration);
  // IDs in drawing order, so the same program always gives the same text.
  const ids = new Map<string, string>();
  const walk = (parent: string, indent: string) => {
    for (const r of children.get(parent) ?? []) {
      const id = `r${ids.size}`;
      ids.set(r.urn, id);
      if (!r.custom) {
        lines.push(`${indent}subgraph ${id}["${escape(`${shortType(r.type)} ${r.name}`)}"]`);
        walk(r.urn, `${indent}  `);
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id}["${escape(`${shortType(r.type)}<br/>${r.name}`)}"]`);
      }
    }
  };
  walk("", "  ");
  const deps = (r: CapturedResource, key: string) =>
    (r.propertyDependencies[key] ?? []).filter((u) => ids.has(u));
  for (const r of [...shown].sort(
    (a, b) => Number(ids.get(a.urn)?.slice(1)) - Number(ids.get(b.urn)?.slice(1)),
  )) {
    const from = ids.get(r.urn) as string;
    const edge = (urns: string[], text: string, style: "-.->" | "-->") => {
      for (const urn of urns)
        lines.push(
          `  ${from} ${style === "-.->" ? `-. ${text} .->` : `-- ${text} -->`} ${ids.get(urn)}`,
        );
    };
    if (r.type === PRIVATE_ENDPOINT) {
      edge(deps(r, "privateLinkServiceConnections"), "private endpoint", "-.->");
      edge(deps(r, "manualPrivateLinkServiceConnections"), "private endpoint", "-.->");
      edge(deps(r, "subnet"), "in subnet", "-->");
    } else if (r.type === DNS_ZONE_GROUP) {
      edge(deps(r, "privateDnsZoneConfigs"), "DNS", "-->");
      edge(deps(r, "privateEndpointName"), "registers", "-->");
    } else if (r.type === VNET_LINK) {
      edge(deps(r, "privateZoneName"), "DNS link", "-->");
      edge(deps(r, "virtualNetwork"), "DNS link", "-->");
    }
  }
  return lines.join("\n");
}
