import type {
  AccountCapabilityHostArgs,
  ProjectCapabilityHostArgs,
} from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

/** The stores of the standard agent setup: what each connection list holds. */
const STORES = [
  ["storageConnections", "files"],
  ["vectorStoreConnections", "vector stores"],
  ["threadStorageConnections", "threads"],
] as const;

type HostProperties = {
  capabilityHostKind?: unknown;
  storageConnections?: unknown;
  vectorStoreConnections?: unknown;
  threadStorageConnections?: unknown;
};

/*
 * A capability host without these connections is the basic agent setup: threads, files and
 * vector stores land in Microsoft-managed, multi-tenant storage, outside the workload's network,
 * keys and retention. An account host's connections are its projects' defaults, so both scopes
 * are held to the same list.
 */
export const aiCapabilityHostOwnStores = resourceRule({
  name: "ai-capability-host-own-stores",
  description:
    "AI Foundry agent capability hosts keep threads, files and vector stores in the workload's own Cosmos DB, storage and AI Search (the standard agent setup), not in Microsoft-managed storage.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["own:Foundry Agent Service standard setup (capability hosts)", "mcsb:DP-5"],
  remediationSteps:
    "Create project connections to a private storage account, AI Search service and Cosmos DB account (Entra ID auth) and name them in the capability host's storageConnections, vectorStoreConnections and threadStorageConnections.",
  url: "https://learn.microsoft.com/azure/ai-foundry/agents/concepts/capability-hosts",
  types: [T.aiProjectCapabilityHost, T.aiAccountCapabilityHost],
  validate: (props: Props<ProjectCapabilityHostArgs | AccountCapabilityHostArgs>, ctx) => {
    const at =
      "projectCapabilityHostProperties" in props
        ? "projectCapabilityHostProperties"
        : "capabilityHostProperties";
    const host = (props as Record<string, unknown>)[at] as HostProperties | undefined;
    // Agents is the only kind the API knows; any other kind is not an agent host.
    if (host?.capabilityHostKind !== undefined && host.capabilityHostKind !== "Agents") return;
    const missing = STORES.filter(([key]) => {
      const list = host?.[key];
      return !Array.isArray(list) || list.length === 0;
    });
    if (missing.length > 0) {
      ctx.report(
        `${missing.map(([key, what]) => `${at}.${key} (${what})`).join(", ")} ${missing.length === 1 ? "is" : "are"} empty, so agent data goes to Microsoft-managed storage; name the project's own connections.`,
      );
    }
  },
});
