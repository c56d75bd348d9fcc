import { T } from "../../../policies/lib";
import { compliantRegistry } from "../rules/containerregistry/fixtures";
import type { AnchorCase } from "./anchorCase";

const registry = (changes: Record<string, unknown>) => ({
  type: T.registry,
  props: { ...compliantRegistry(), ...changes },
});
const policies = (changes: Record<string, unknown>) =>
  registry({ policies: { ...compliantRegistry().policies, ...changes } });
const replica = (location: string, zoneRedundancy = "Enabled") => ({
  type: T.registryReplication,
  props: { resourceGroupName: "rg-ai", registryName: "acraiprod", location, zoneRedundancy },
});
const lonelyRegistry = (changes: Record<string, unknown> = {}) => [
  { type: T.registry, name: "acr", props: { ...compliantRegistry(), ...changes } },
];

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_137",
    policy: "acr-admin-user-disabled",
    resource: registry({ adminUserEnabled: true }),
  },
  {
    anchor: "psrule:Azure.ACR.AdminUser",
    policy: "acr-admin-user-disabled",
    resource: registry({ adminUserEnabled: true }),
  },
  {
    anchor: "checkov:CKV_AZURE_138",
    policy: "acr-anonymous-pull-disabled",
    resource: registry({ anonymousPullEnabled: true }),
  },
  {
    anchor: "psrule:Azure.ACR.AnonymousAccess",
    policy: "acr-anonymous-pull-disabled",
    resource: registry({ anonymousPullEnabled: true }),
  },
  {
    anchor: "checkov:CKV_AZURE_139",
    policy: "acr-public-network-access-disabled",
    resource: registry({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "psrule:Azure.ACR.Firewall",
    policy: "acr-network-default-deny",
    resource: registry({
      publicNetworkAccess: "Enabled",
      networkRuleSet: { defaultAction: "Allow" },
    }),
  },
  {
    anchor: "psrule:Azure.ACR.ExportPolicy",
    policy: "acr-export-disabled",
    resource: policies({ exportPolicy: { status: "enabled" } }),
  },
  {
    anchor: "checkov:CKV_AZURE_163",
    policy: "acr-premium-sku",
    resource: registry({ sku: { name: "Basic" } }),
  },
  {
    anchor: "psrule:Azure.ACR.MinSku",
    policy: "acr-premium-sku",
    resource: registry({ sku: { name: "Basic" } }),
  },
  {
    anchor: "checkov:CKV_AZURE_233",
    policy: "acr-zone-redundant",
    resource: replica("westeurope", "Disabled"),
  },
  {
    anchor: "checkov:CKV_AZURE_165",
    policy: "acr-geo-replicated",
    stack: lonelyRegistry(),
    stackTags: { environment: "prod" },
  },
  {
    anchor: "psrule:Azure.ACR.GeoReplica",
    policy: "acr-geo-replicated",
    stack: lonelyRegistry(),
    stackTags: { environment: "production" },
  },
  {
    anchor: "checkov:CKV_AZURE_167",
    policy: "acr-retention-policy",
    resource: policies({ retentionPolicy: { status: "disabled" } }),
  },
  {
    anchor: "psrule:Azure.ACR.Retention",
    policy: "acr-retention-policy",
    resource: policies({ retentionPolicy: { status: "disabled" } }),
  },
  {
    anchor: "checkov:CKV_AZURE_166",
    policy: "acr-quarantine-enabled",
    stack: lonelyRegistry({ policies: { quarantinePolicy: { status: "disabled" } } }),
  },
  {
    anchor: "psrule:Azure.ACR.Quarantine",
    policy: "acr-quarantine-enabled",
    stack: lonelyRegistry({ policies: { quarantinePolicy: { status: "disabled" } } }),
  },
  {
    anchor: "checkov:CKV_AZURE_237",
    policy: "acr-dedicated-data-endpoints",
    resource: registry({ dataEndpointEnabled: false }),
  },
  {
    anchor: "checkov:CKV2_AZURE_30",
    policy: "acr-webhook-https",
    resource: {
      type: T.registryWebhook,
      props: {
        resourceGroupName: "rg-ai",
        registryName: "acraiprod",
        actions: ["push"],
        serviceUri: "http://hooks.example.com/acr",
      },
    },
  },
  {
    anchor: "psrule:Azure.ACR.ReplicaLocation",
    policy: "acr-replica-location-allowed",
    resource: replica("eastus"),
    config: { allowedLocations: ["swedencentral", "westeurope"] },
  },
  {
    anchor: "psrule:Azure.ACR.SoftDelete",
    policy: "acr-soft-delete",
    stack: lonelyRegistry({
      policies: { exportPolicy: { status: "disabled" }, softDeletePolicy: { status: "disabled" } },
    }),
  },
  {
    anchor: "psrule:Azure.ACR.Name",
    policy: "resource-name-valid",
    resource: registry({ registryName: "acr-ai-prod" }),
  },
  {
    anchor: "psrule:Azure.ACR.Naming",
    policy: "resource-name-format",
    resource: registry({ registryName: "acraiprod" }),
  },
];
