/**
 * One resource (or stack) per Checkov / PSRule anchor cited by the AKS rules, each with exactly
 * the peer rule's defect on top of inputs that pass every AKS rule.
 */
import { T } from "../../../policies/lib";
import {
  agentPoolWith,
  clusterWith,
  clusterWithPool,
  compliantCluster,
} from "../rules/aks/fixtures";
import type { AnchorCase } from "./anchorCase";

const SETTING = "azure-native:monitor:DiagnosticSetting";
const CLUSTER_ID =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.ContainerService/managedClusters/aks-ai";

const cluster = (props: Record<string, unknown>) => ({ type: T.managedCluster, props });
const pool = (props: Record<string, unknown>) => ({ type: T.agentPool, props });
const addons = (fields: Record<string, unknown>) =>
  clusterWith({ addonProfiles: { ...compliantCluster().addonProfiles, ...fields } });
const network = (fields: Record<string, unknown>) => {
  const profile: Record<string, unknown> = { ...compliantCluster().networkProfile, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete profile[k];
  return clusterWith({ networkProfile: profile });
};
const apiServer = (fields: Record<string, unknown>) =>
  clusterWith({ apiServerAccessProfile: { disableRunCommand: true, ...fields } });
const aad = (fields: Record<string, unknown>) =>
  clusterWith({ aadProfile: { ...compliantCluster().aadProfile, ...fields } });
const upgrade = (fields: Record<string, unknown>) =>
  clusterWith({ autoUpgradeProfile: { ...compliantCluster().autoUpgradeProfile, ...fields } });

/** The compliant cluster plus one diagnostic setting on it with the given log categories. */
const withSetting = (...categories: string[]) => [
  { type: T.managedCluster, name: "aks", props: compliantCluster() },
  {
    type: SETTING,
    name: "diag",
    props: {
      resourceUri: CLUSTER_ID,
      logs: categories.map((category) => ({ category, enabled: true })),
      metrics: [{ category: "AllMetrics", enabled: true }],
    },
  },
];

const PLATFORM = ["cluster-autoscaler", "kube-apiserver", "kube-controller-manager"];
const ALL_LOGS = [...PLATFORM, "kube-scheduler", "kube-audit-admin", "guard"];

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_115",
    policy: "aks-private-cluster",
    resource: cluster(
      apiServer({ enablePrivateCluster: false, authorizedIPRanges: ["203.0.113.0/24"] }),
    ),
  },
  {
    anchor: "checkov:CKV_AZURE_6",
    policy: "aks-authorized-ip-ranges",
    resource: cluster(apiServer({ enablePrivateCluster: false })),
  },
  {
    anchor: "psrule:Azure.AKS.AuthorizedIPs",
    policy: "aks-authorized-ip-ranges",
    resource: cluster(apiServer({ enablePrivateCluster: false, authorizedIPRanges: [] })),
  },
  {
    anchor: "checkov:CKV_AZURE_141",
    policy: "aks-local-accounts-disabled",
    resource: cluster(clusterWith({ disableLocalAccounts: false })),
  },
  {
    anchor: "psrule:Azure.AKS.LocalAccounts",
    policy: "aks-local-accounts-disabled",
    resource: cluster(clusterWith({ disableLocalAccounts: false })),
  },
  {
    anchor: "checkov:CKV_AZURE_5",
    policy: "aks-entra-azure-rbac",
    resource: cluster(clusterWith({ enableRBAC: false })),
  },
  {
    anchor: "psrule:Azure.AKS.UseRBAC",
    policy: "aks-entra-azure-rbac",
    resource: cluster(clusterWith({ enableRBAC: false })),
  },
  {
    anchor: "psrule:Azure.AKS.AzureRBAC",
    policy: "aks-entra-azure-rbac",
    resource: cluster(aad({ enableAzureRBAC: false })),
  },
  {
    anchor: "psrule:Azure.AKS.ManagedAAD",
    policy: "aks-entra-azure-rbac",
    resource: cluster(aad({ managed: false })),
  },
  {
    anchor: "psrule:Azure.AKS.ManagedIdentity",
    policy: "aks-managed-identity",
    resource: cluster(clusterWith({ identity: { type: "None" } })),
  },
  {
    anchor: "checkov:CKV_AZURE_7",
    policy: "aks-network-policy",
    resource: cluster(network({ networkPolicy: undefined })),
  },
  {
    anchor: "psrule:Azure.AKS.NetworkPolicy",
    policy: "aks-network-policy",
    resource: cluster(network({ networkPolicy: "none" })),
  },
  {
    anchor: "checkov:CKV2_AZURE_29",
    policy: "aks-azure-cni",
    resource: cluster(
      network({
        networkPlugin: "kubenet",
        networkPluginMode: undefined,
        networkPolicy: "calico",
        networkDataplane: undefined,
      }),
    ),
  },
  {
    anchor: "psrule:Azure.AKS.StandardLB",
    policy: "aks-standard-load-balancer",
    resource: cluster(network({ loadBalancerSku: "basic" })),
  },
  {
    anchor: "psrule:Azure.AKS.DefenderProfile",
    policy: "aks-defender-enabled",
    resource: cluster(
      clusterWith({
        securityProfile: {
          ...compliantCluster().securityProfile,
          defender: { securityMonitoring: { enabled: false } },
        },
      }),
    ),
  },
  {
    anchor: "checkov:CKV_AZURE_116",
    policy: "aks-azure-policy-addon",
    resource: cluster(addons({ azurepolicy: { enabled: false } })),
  },
  {
    anchor: "psrule:Azure.AKS.AzurePolicyAddOn",
    policy: "aks-azure-policy-addon",
    resource: cluster(addons({ azurepolicy: { enabled: false } })),
  },
  {
    anchor: "checkov:CKV_AZURE_172",
    policy: "aks-key-vault-secrets-provider",
    resource: cluster(
      addons({
        azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "false" } },
      }),
    ),
  },
  {
    anchor: "psrule:Azure.AKS.SecretStore",
    policy: "aks-key-vault-secrets-provider",
    resource: cluster(addons({ azureKeyvaultSecretsProvider: { enabled: false } })),
  },
  {
    anchor: "psrule:Azure.AKS.SecretStoreRotation",
    policy: "aks-key-vault-secrets-provider",
    resource: cluster(addons({ azureKeyvaultSecretsProvider: { enabled: true } })),
  },
  {
    anchor: "checkov:CKV_AZURE_8",
    policy: "aks-dashboard-disabled",
    resource: cluster(addons({ kubeDashboard: { enabled: true } })),
  },
  {
    anchor: "checkov:CKV_AZURE_246",
    policy: "aks-http-application-routing-disabled",
    resource: cluster(addons({ httpApplicationRouting: { enabled: true } })),
  },
  {
    anchor: "psrule:Azure.AKS.HttpAppRouting",
    policy: "aks-http-application-routing-disabled",
    resource: cluster(addons({ httpApplicationRouting: { enabled: true } })),
  },
  {
    anchor: "checkov:CKV_AZURE_117",
    policy: "aks-disk-encryption-set",
    resource: cluster(clusterWith({ diskEncryptionSetID: undefined })),
  },
  {
    anchor: "checkov:CKV_AZURE_4",
    policy: "aks-container-insights",
    resource: cluster(addons({ omsagent: { enabled: false } })),
  },
  {
    anchor: "psrule:Azure.AKS.ContainerInsights",
    policy: "aks-container-insights",
    resource: cluster(
      clusterWith({
        addonProfiles: {
          azurepolicy: { enabled: true },
          azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "true" } },
        },
      }),
    ),
  },
  {
    anchor: "psrule:Azure.AKS.AuditLogs",
    policy: "aks-audit-logs",
    stack: withSetting(...PLATFORM, "kube-scheduler"),
  },
  {
    anchor: "psrule:Azure.AKS.PlatformLogs",
    policy: "aks-platform-logs",
    stack: withSetting(...PLATFORM, "kube-audit-admin", "guard"),
  },
  {
    anchor: "psrule:Azure.AKS.AuditAdmin",
    policy: "aks-audit-admin-only",
    stack: withSetting(...ALL_LOGS, "kube-audit"),
  },
  {
    anchor: "checkov:CKV_AZURE_170",
    policy: "aks-sla-tier",
    resource: cluster(clusterWith({ sku: { name: "Base", tier: "Free" } })),
  },
  {
    anchor: "psrule:Azure.AKS.UptimeSLA",
    policy: "aks-sla-tier",
    resource: cluster(clusterWith({ sku: { name: "Base", tier: "Free" } })),
  },
  {
    anchor: "checkov:CKV_AZURE_171",
    policy: "aks-auto-upgrade",
    resource: cluster(upgrade({ upgradeChannel: "none" })),
  },
  {
    anchor: "psrule:Azure.AKS.AutoUpgrade",
    policy: "aks-auto-upgrade",
    resource: cluster(upgrade({ upgradeChannel: "none" })),
  },
  {
    anchor: "psrule:Azure.AKS.NodeAutoUpgrade",
    policy: "aks-auto-upgrade",
    resource: cluster(upgrade({ nodeOSUpgradeChannel: "None" })),
  },
  {
    anchor: "psrule:Azure.AKS.MaintenanceWindow",
    policy: "aks-maintenance-windows",
    stack: [
      { type: T.managedCluster, name: "aks", props: compliantCluster() },
      {
        type: T.maintenanceConfiguration,
        name: "upgrade",
        props: {
          resourceGroupName: "rg-ai",
          resourceName: "aks-ai",
          configName: "aksManagedAutoUpgradeSchedule",
          maintenanceWindow: {
            schedule: { weekly: { dayOfWeek: "Sunday", intervalWeeks: 1 } },
            durationHours: 4,
            startTime: "00:00",
          },
        },
      },
    ],
  },
  {
    anchor: "psrule:Azure.AKS.Version",
    policy: "aks-kubernetes-version",
    resource: cluster(clusterWith({ kubernetesVersion: "1.27.9" })),
  },
  {
    anchor: "psrule:Azure.AKS.PoolVersion",
    policy: "aks-pool-version-matches",
    stack: [
      {
        type: T.managedCluster,
        name: "aks",
        props: clusterWithPool(1, { orchestratorVersion: "1.32" }),
      },
    ],
  },
  {
    anchor: "psrule:Azure.AKS.Name",
    policy: "aks-cluster-names-valid",
    resource: cluster(clusterWith({ resourceName: "aks.ai" })),
  },
  {
    anchor: "psrule:Azure.AKS.DNSPrefix",
    policy: "aks-cluster-names-valid",
    resource: cluster(clusterWith({ dnsPrefix: "aks_ai" })),
  },
  {
    anchor: "checkov:CKV_AZURE_143",
    policy: "aks-node-public-ip-disabled",
    resource: cluster(clusterWithPool(0, { enableNodePublicIP: true })),
  },
  {
    anchor: "checkov:CKV_AZURE_227",
    policy: "aks-encryption-at-host",
    resource: cluster(clusterWithPool(0, { enableEncryptionAtHost: false })),
  },
  {
    anchor: "checkov:CKV_AZURE_232",
    policy: "aks-system-pool-taint",
    resource: cluster(clusterWithPool(0, { nodeTaints: [] })),
  },
  {
    anchor: "psrule:Azure.AKS.MinNodeCount",
    policy: "aks-system-pool-min-nodes",
    resource: cluster(clusterWithPool(0, { count: 1, minCount: 1 })),
  },
  {
    anchor: "psrule:Azure.AKS.MinUserPoolNodes",
    policy: "aks-user-pool-min-nodes",
    resource: pool(
      agentPoolWith({
        vmSize: "Standard_D8ds_v5",
        scaleSetPriority: "Regular",
        scaleSetEvictionPolicy: undefined,
        spotMaxPrice: undefined,
        nodeLabels: { workload: "inference" },
        minCount: 1,
      }),
    ),
  },
  {
    anchor: "psrule:Azure.AKS.AvailabilityZone",
    policy: "aks-pool-availability-zones",
    resource: cluster(clusterWithPool(1, { availabilityZones: undefined })),
  },
  {
    anchor: "psrule:Azure.AKS.AutoScaling",
    policy: "aks-pool-autoscaling",
    resource: cluster(
      clusterWithPool(1, { enableAutoScaling: false, count: 3, minCount: undefined }),
    ),
  },
  {
    anchor: "checkov:CKV_AZURE_169",
    policy: "aks-pool-scale-sets",
    resource: cluster(clusterWithPool(0, { type: "AvailabilitySet" })),
  },
  {
    anchor: "psrule:Azure.AKS.PoolScaleSet",
    policy: "aks-pool-scale-sets",
    resource: pool(agentPoolWith({ type: "AvailabilitySet" })),
  },
  {
    anchor: "checkov:CKV_AZURE_168",
    policy: "aks-pool-max-pods",
    resource: cluster(clusterWithPool(0, { maxPods: 30 })),
  },
  {
    anchor: "psrule:Azure.AKS.NodeMinPods",
    policy: "aks-pool-max-pods",
    resource: pool(agentPoolWith({ maxPods: 30 })),
  },
  {
    anchor: "checkov:CKV_AZURE_226",
    policy: "aks-ephemeral-os-disk",
    resource: cluster(clusterWithPool(0, { osDiskType: "Managed" })),
  },
  {
    anchor: "psrule:Azure.AKS.EphemeralOSDisk",
    policy: "aks-ephemeral-os-disk",
    resource: pool(agentPoolWith({ osDiskType: "Managed" })),
  },
];
