import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, TYPE_GROUPS } from "../../lib";

/** Resources whose logs the WAF asks to collect, with a label for messages. */
const MONITORED: readonly { type: string; label: string }[] = [
  { type: T.mlWorkspace, label: "AML workspace" },
  { type: T.mlRegistry, label: "AML registry" },
  { type: T.aiAccount, label: "AI services account" },
  { type: T.vault, label: "key vault" },
  { type: T.registry, label: "container registry" },
  { type: T.managedCluster, label: "AKS cluster" },
  { type: T.storageAccount, label: "storage account" },
  { type: T.mlOnlineEndpoint, label: "online endpoint" },
  // What the firewall let out or denied, and who opened which session through Bastion.
  { type: T.azureFirewall, label: "Azure Firewall" },
  { type: T.bastionHost, label: "Bastion host" },
  { type: T.searchService, label: "AI Search service" },
  { type: T.cosmosAccount, label: "Cosmos DB account" },
  { type: T.apiManagement, label: "API Management service" },
  // Its audit logs record who queried which logs.
  { type: T.logAnalyticsWorkspace, label: "Log Analytics workspace" },
];

/** Whether the setting targets the resource (graph edge, or a known resourceUri under its id). */
function targets(setting: PolicyResource, resource: PolicyResource): boolean {
  if (refersTo(setting, resource, "resourceUri")) return true;
  const uri = peek(() => setting.props.resourceUri as unknown);
  const id = peek(() => resource.props.id as unknown);
  if (typeof uri !== "string" || typeof id !== "string") return false;
  const u = uri.toLowerCase();
  const i = id.toLowerCase();
  // Storage logs live on sub-services such as <account id>/blobServices/default.
  return u === i || u.startsWith(`${i}/`);
}

export const diagnosticsRequired = stackRule({
  name: "diagnostics-required",
  description:
    "Every workspace, vault, storage account, registry, cluster, online endpoint, AI account, search service, Cosmos DB account, API Management service, Log Analytics workspace, Azure Firewall and Bastion host has a diagnostic setting.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: [
    "azpol:Resource logs in Azure Machine Learning Workspaces should be enabled",
    "azpol:Diagnostic logs in Azure AI services resources should be enabled",
    "azpol:Resource logs in Key Vault should be enabled",
    "azpol:Resource logs in Azure Kubernetes Service should be enabled",
    "psrule:Azure.KeyVault.Logs",
    "aprl:44107155",
    "mcsb:LT-3",
  ],
  remediationSteps:
    "Add a monitor:DiagnosticSetting whose resourceUri is the resource's id (for storage, its blobServices/default) and whose workspaceId is the Log Analytics workspace.",
  url: "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings",
  types: MONITORED.map((m) => m.type),
  validate: (resources, ctx) => {
    const settings = ofType(resources, TYPE_GROUPS.diagnosticSetting);
    for (const { type, label } of MONITORED) {
      for (const resource of ofType(resources, [type])) {
        if (settings.some((s) => targets(s, resource))) continue;
        ctx.report(
          `The ${label} '${resource.name}' has no diagnostic setting; add a monitor:DiagnosticSetting for it.`,
          resource,
        );
      }
    }
  },
});
