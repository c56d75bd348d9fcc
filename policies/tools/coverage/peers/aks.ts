/**
 * Checkov and PSRule for Azure rules on AKS clusters and node pools, and on what the zone puts
 * next to them (diagnostic settings, maintenance configurations). Read from Checkov's Terraform
 * and ARM checks (`checkov/terraform/checks/resource/azure`, `checkov/arm/checks/resource`, graph
 * checks) and PSRule's `Azure.AKS.Rule.yaml` / `Azure.AKS.Rule.ps1` and rule docs.
 */
import type { PeerRule } from "../peerRule";

const CLUSTER = "azure-native:containerservice:ManagedCluster";
const POOL = "azure-native:containerservice:AgentPool";
const SETTING = "azure-native:monitor:DiagnosticSetting";
const MAINTENANCE = "azure-native:containerservice:MaintenanceConfiguration";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_4",
    checks: "The cluster runs the Container insights (omsagent) add-on, enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_5",
    checks: "Kubernetes RBAC is on (enableRBAC not false; the ARM check wants it explicitly true).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_6",
    checks: "A cluster that is not private lists authorized IP ranges for its API server.",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_7",
    checks: "networkProfile.networkPolicy is set to a policy engine.",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_8",
    checks: "The Kubernetes dashboard add-on (kubeDashboard) is not enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_115",
    checks: "The API server is private (enablePrivateCluster).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_116",
    checks: "The Azure Policy add-on is enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_117",
    checks: "The cluster names a disk encryption set (customer-managed keys for node disks).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_141",
    checks: "Local accounts are disabled (disableLocalAccounts true).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_143",
    checks: "Nodes of the default pool get no public IP addresses (we check every pool).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "checkov:CKV_AZURE_168",
    checks: "Pools allow at least 50 pods per node; an unset maxPods counts as 30.",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "checkov:CKV_AZURE_169",
    checks: "Pools are not availability-set pools (type not AvailabilitySet).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "checkov:CKV_AZURE_170",
    checks: "The control plane uses the paid tier with an uptime SLA (sku.tier Standard).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_171",
    checks: "An automatic upgrade channel is chosen (upgradeChannel set and not none).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_172",
    checks: "The Key Vault secrets provider add-on rotates secrets (enableSecretRotation true).",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV_AZURE_226",
    checks: "Pools use ephemeral OS disks (the ARM check reads the first pool).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "checkov:CKV_AZURE_227",
    checks: "Pools encrypt temp disks and caches at the host (enableEncryptionAtHost true).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "checkov:CKV_AZURE_232",
    checks: "The system pool runs only critical add-ons (CriticalAddonsOnly taint).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "checkov:CKV_AZURE_246",
    checks: "The HTTP application routing add-on is not enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "checkov:CKV2_AZURE_29",
    checks: "The cluster uses the Azure CNI network plugin (networkPlugin azure).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.MinNodeCount",
    checks: "System pools hold at least three nodes together (minCount, else count).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.ManagedIdentity",
    checks: "The cluster identity is SystemAssigned or UserAssigned.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.StandardLB",
    checks:
      "networkProfile.loadBalancerSku is standard (PSRule wants it explicit; we accept Azure's default when unset).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.NetworkPolicy",
    checks:
      "networkProfile.networkPolicy is azure or calico (we also accept cilium, the engine of Azure CNI powered by Cilium).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.AzurePolicyAddOn",
    checks: "The Azure Policy add-on is enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.ManagedAAD",
    checks: "AKS-managed Entra ID integration is on (aadProfile.managed true).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.AuthorizedIPs",
    checks:
      "The API server lists authorized IP ranges (PSRule asks it of private clusters too; we follow Checkov and accept a private API server).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.LocalAccounts",
    checks: "Local accounts are disabled.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.AzureRBAC",
    checks: "Kubernetes authorization uses Azure RBAC (aadProfile.enableAzureRBAC true).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.SecretStore",
    checks: "The Key Vault secrets provider (Secrets Store CSI driver) add-on is enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.SecretStoreRotation",
    checks: "An enabled Key Vault secrets provider rotates secrets (enableSecretRotation 'true').",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.HttpAppRouting",
    checks: "The HTTP application routing add-on is absent or disabled.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.AutoUpgrade",
    checks: "autoUpgradeProfile.upgradeChannel is set and not none.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.NodeAutoUpgrade",
    checks: "autoUpgradeProfile.nodeOSUpgradeChannel is SecurityPatch or NodeImage.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.UseRBAC",
    checks:
      "Kubernetes RBAC is enabled (PSRule wants enableRBAC explicitly true; we accept Azure's default, on, when unset).",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.Name",
    checks: "The cluster name meets Azure's rules: 1-63 letters, digits, hyphens, underscores.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.DNSPrefix",
    checks: "The DNS prefix meets Azure's rules: 1-54 letters, digits, hyphens.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.ContainerInsights",
    checks: "The Container insights (omsAgent) add-on is enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.DefenderProfile",
    checks: "The Defender profile's security monitoring is enabled.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.Version",
    checks:
      "Cluster and pool Kubernetes versions are at least a configured minimum, unless the cluster follows the stable or rapid channel.",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.PoolVersion",
    checks: "Pools pin no orchestratorVersion other than the cluster's kubernetesVersion.",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.PoolScaleSet",
    checks:
      "Pools run on virtual machine scale sets (PSRule wants type explicit; we accept Azure's default when unset).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.NodeMinPods",
    checks: "Pools set maxPods to at least 50 (configurable).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.AutoScaling",
    checks: "Scale set pools enable the cluster autoscaler.",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.CNISubnetSize",
    checks: "With Azure CNI, cluster subnets are /23 or larger.",
    types: [CLUSTER],
    outOfScope:
      "PSRule runs it only on exported live resources (-If IsExport), never on templates, so there is no deploy-time defect to match; with CNI overlay, the zone's mode, pod addresses do not come from the subnet.",
  },
  {
    anchor: "psrule:Azure.AKS.AvailabilityZone",
    checks: "Scale set pools list availability zones in regions that have them.",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.AuditLogs",
    checks:
      "A diagnostic setting on the cluster enables kube-audit or kube-audit-admin, and guard (PSRule asks it of every setting; we of one).",
    types: [CLUSTER, SETTING],
  },
  {
    anchor: "psrule:Azure.AKS.PlatformLogs",
    checks:
      "Diagnostic settings collect cluster-autoscaler, kube-apiserver, kube-controller-manager and kube-scheduler logs and AllMetrics (configurable).",
    types: [CLUSTER, SETTING],
  },
  {
    anchor: "psrule:Azure.AKS.MinUserPoolNodes",
    checks:
      "User pools that are not Spot or excluded keep at least three nodes (we also leave out GPU pools, which scale to zero by design, unless configured otherwise).",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.UptimeSLA",
    checks: "The control plane uses the Standard tier with an uptime SLA.",
    types: [CLUSTER],
  },
  {
    anchor: "psrule:Azure.AKS.EphemeralOSDisk",
    checks: "Pools use ephemeral OS disks.",
    types: [CLUSTER, POOL],
  },
  {
    anchor: "psrule:Azure.AKS.AuditAdmin",
    checks: "No diagnostic setting on the cluster enables kube-audit; kube-audit-admin is cheaper.",
    types: [CLUSTER, SETTING],
  },
  {
    anchor: "psrule:Azure.AKS.MaintenanceWindow",
    checks:
      "The cluster has aksManagedAutoUpgradeSchedule and aksManagedNodeOSUpgradeSchedule maintenance configurations.",
    types: [CLUSTER, MAINTENANCE],
  },
  {
    anchor: "psrule:Azure.AKS.Naming",
    checks: "The cluster name matches an organisation's configured naming format.",
    types: [CLUSTER],
    outOfScope:
      "Runs only when AZURE_AKS_CLUSTER_NAME_FORMAT is configured (empty by default): an organisation-specific convention with no default defect; Azure's own name rules are aks-cluster-names-valid.",
  },
  {
    anchor: "psrule:Azure.AKS.SystemPoolNaming",
    checks: "System pool names match an organisation's configured naming format.",
    types: [CLUSTER, POOL],
    outOfScope:
      "Runs only when AZURE_AKS_SYSTEM_POOL_NAME_FORMAT is configured (empty by default): an organisation-specific convention with no default defect.",
  },
  {
    anchor: "psrule:Azure.AKS.UserPoolNaming",
    checks: "User pool names match an organisation's configured naming format.",
    types: [CLUSTER, POOL],
    outOfScope:
      "Runs only when AZURE_AKS_USER_POOL_NAME_FORMAT is configured (empty by default): an organisation-specific convention with no default defect.",
  },
  {
    anchor: "psrule:Azure.AKS.PodIdentity",
    checks: "Entra pod-managed identity (podIdentityProfile) is enabled.",
    types: [CLUSTER],
    outOfScope:
      "Retired: pod-managed identity is deprecated in favour of workload identity (aks-workload-identity) and the rule is gone from PSRule's current rule set; enforcing it would push a retired feature.",
  },
];
