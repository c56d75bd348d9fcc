import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, TYPE_GROUPS, UNRESOLVED } from "../../lib";

const MONITORED = [T.logAnalyticsWorkspace, T.appInsights, "azure-native:insights:Component"];
const FLAGS = ["publicNetworkAccessForIngestion", "publicNetworkAccessForQuery"] as const;

/** Whether the scoped resource links the workspace or component (graph edge, or its known name). */
function links(scoped: PolicyResource, resource: PolicyResource): boolean {
  if (refersTo(scoped, resource, "linkedResourceId")) return true;
  const id = peek(() => scoped.props.linkedResourceId as unknown);
  const name = peek(() => (resource.props.workspaceName ?? resource.props.resourceName) as unknown);
  return (
    typeof id === "string" &&
    typeof name === "string" &&
    id.toLowerCase().endsWith(`/${name.toLowerCase()}`)
  );
}

export const monitoringPrivateLinkOnly = stackRule({
  name: "monitoring-private-link-only",
  description:
    "Log Analytics workspaces and Application Insights components that joined an Azure Monitor private link scope refuse public ingestion and queries.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "azpol:Log Analytics workspaces should block log ingestion and querying from public networks",
    "azpol:Application Insights components should block log ingestion and querying from public networks",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccessForIngestion and publicNetworkAccessForQuery to 'Disabled' on every workspace and component linked to the private link scope (the monitoring components' default with privateLinkScopeResourceId).",
  url: "https://learn.microsoft.com/azure/azure-monitor/logs/private-link-design",
  types: [...MONITORED, ...TYPE_GROUPS.privateLinkScopedResource],
  subject: "azure-native:monitor:PrivateLinkScopedResource",
  validate: (resources, ctx) => {
    const scoped = ofType(resources, TYPE_GROUPS.privateLinkScopedResource);
    for (const resource of ofType(resources, MONITORED)) {
      if (!scoped.some((s) => links(s, resource))) continue;
      for (const flag of FLAGS) {
        const value = peek(() => resource.props[flag] as unknown);
        // Unset, Azure allows public access.
        if (value === UNRESOLVED || value === "Disabled") continue;
        const actual = value === undefined ? "not set, so 'Enabled'" : JSON.stringify(value);
        ctx.report(
          `'${resource.name}' joined a private link scope but ${flag} is ${actual}; set it to 'Disabled'.`,
          resource,
        );
      }
    }
  },
});
