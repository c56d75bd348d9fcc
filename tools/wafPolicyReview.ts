/**
 * The reviewed fit of every policy to the pillar principle it is tagged with
 * (`principle:<slug>`). `direct` policies check what the principle asks; `supporting` ones check
 * a precondition or a neighbour of it, with the reason. `test/docs/wafTraceability.spec.ts`
 * fails when a tagged policy is missing here (a new tag needs a review), when an entry names a
 * policy that is not tagged with the principle, and when a principle's policies are all
 * supporting, so no principle is "served" by a policy that checks something else.
 * `docs/waf-traceability.md` shows the verdict beside each policy.
 */
import type { PrincipleSlug } from "../policies/lib";

export interface PolicyReview {
  /** Policies that check what the principle asks. */
  direct: readonly string[];
  /** Policies that check a precondition or a neighbour of the principle, with the reason. */
  supporting?: Readonly<Record<string, string>>;
}

export const wafPolicyReview: Record<PrincipleSlug, PolicyReview> = {
  "mitigate-single-points-of-failure": {
    direct: [
      "search-replica-count",
      "apim-no-developer-sku",
      "cosmos-zone-redundant",
      "storage-account-zone-redundant",
      "storage-account-geo-redundant",
      "acr-zone-redundant",
      "acr-geo-replicated",
      "aks-standard-load-balancer",
      "aks-sla-tier",
      "aks-system-pool-min-nodes",
      "aks-user-pool-min-nodes",
      "aks-pool-availability-zones",
      "aks-inference-router-ha",
      "aml-registry-storage-zone-redundant",
      "aml-deployment-min-instances",
      "vnet-dns-servers-redundant",
      "public-ip-zone-redundant",
    ],
    supporting: {
      "acr-premium-sku":
        "the SKU that zone redundancy and geo-replication need; the redundancy itself is acr-zone-redundant and acr-geo-replicated",
    },
  },
  "conduct-failure-mode-analysis": {
    direct: [],
  },
  "balance-reliability-objectives": {
    direct: [],
  },
  "design-for-operational-reliability": {
    direct: [
      "cosmos-continuous-backup",
      "storage-blob-soft-delete",
      "storage-blob-versioning",
      "storage-file-share-soft-delete",
      "key-vault-soft-delete-retention",
      "acr-soft-delete",
      "aks-auto-upgrade",
      "aks-maintenance-windows",
      "aks-kubernetes-version",
      "aks-pool-version-matches",
      "firewall-subnet-nat-gateway",
      "stateful-resources-protected",
    ],
    supporting: {
      "bastion-subnet-size":
        "a Bastion subnet large enough to scale the operators' access path; a precondition, not the workload's own reliability",
      "storage-account-trusted-services-bypass":
        "keeps Azure ML and Defender able to reach a locked-down account, so its jobs do not fail; a precondition of operating it",
      "nsg-no-deny-all-inbound":
        "keeps Azure's own platform traffic working, which avoids an outage but is not operational reliability by design",
      "vnet-dns-servers-local":
        "keeps name resolution reachable; a precondition of the workload's reliability",
      "public-ip-standard-sku":
        "the SKU with zones and an SLA; the zone redundancy itself is public-ip-zone-redundant",
    },
  },
  "design-for-a-reliable-user-experience": {
    direct: ["openai-provisioned-spillover", "aml-deployment-health-probes"],
  },
  "earn-user-trust": {
    direct: [
      "openai-deployment-content-filter-bound",
      "openai-content-filter-harm-categories",
      "openai-content-filter-prompt-shields",
      "openai-content-filter-protected-material",
    ],
  },
  "protect-data-at-rest-in-transit-and-in-use": {
    direct: [
      "search-cmk-enforced",
      "cosmos-cmk-encryption",
      "cosmos-min-tls",
      "apim-min-tls",
      "apim-backend-https",
      "vm-encryption-at-host",
      "storage-account-https-only",
      "storage-account-min-tls",
      "storage-account-no-cross-tenant-replication",
      "storage-account-cmk-encryption",
      "storage-account-infrastructure-encryption",
      "storage-defender-enabled",
      "key-vault-purge-protection",
      "key-vault-premium-sku",
      "key-vault-key-expiration",
      "key-vault-key-min-rsa-size",
      "key-vault-key-hsm-backed",
      "acr-export-disabled",
      "acr-cmk-encryption",
      "acr-webhook-https",
      "acr-replica-location-allowed",
      "aks-key-vault-secrets-provider",
      "aks-disk-encryption-set",
      "aks-encryption-at-host",
      "aks-inference-router-tls",
      "ai-account-outbound-restricted",
      "ai-account-cmk-encryption",
      "ai-capability-host-own-stores",
      "aml-workspace-cmk-encryption",
      "aml-workspace-hbi",
      "aml-deployment-data-collection-minimized",
      "nsg-no-internet-http",
      "workspace-storage-cmk",
    ],
  },
  "invest-in-robust-access-management": {
    direct: [
      "search-local-auth-disabled",
      "cosmos-local-auth-disabled",
      "cosmos-key-based-metadata-write-disabled",
      "apim-managed-identity",
      "apim-backend-no-stored-keys",
      "vm-password-auth-disabled",
      "vm-entra-login",
      "storage-account-no-shared-key",
      "storage-account-sas-expiration-policy",
      "storage-account-no-local-users",
      "key-vault-rbac-authorization",
      "key-vault-secret-expiration",
      "acr-admin-user-disabled",
      "aks-local-accounts-disabled",
      "aks-entra-azure-rbac",
      "aks-managed-identity",
      "aks-workload-identity",
      "ai-account-managed-identity",
      "ai-project-managed-identity",
      "aml-workspace-identity-datastores",
      "aml-workspace-user-assigned-identity",
      "aml-extension-trusted-access",
      "monitoring-local-auth-disabled",
      "rbac-no-broad-privileged-roles",
      "custom-role-no-broad-actions",
    ],
    supporting: {
      "search-managed-identity":
        "the service's own identity, which its CMK and shared private links need; callers' access is search-local-auth-disabled",
      "bastion-standard-sku":
        "the SKU whose features (native clients, no shareable links) the operators' audited access path relies on",
      "aks-audit-logs": "audits who used the API server; it records access instead of managing it",
      "ai-account-custom-subdomain":
        "a precondition of Entra ID authentication, not access management itself",
    },
  },
  "protect-design-integrity-with-segmentation": {
    direct: [
      "search-public-network-access-disabled",
      "cosmos-public-network-access-disabled",
      "apim-private-network",
      "firewall-policy-threat-intel-deny",
      "firewall-policy-idps-deny",
      "subnet-route-to-firewall",
      "vnet-peering-transit",
      "hub-connection-internet-security",
      "storage-account-no-public-network-access",
      "storage-account-network-default-deny",
      "key-vault-no-public-network-access",
      "key-vault-firewall-default-deny",
      "acr-public-network-access-disabled",
      "acr-network-default-deny",
      "acr-dedicated-data-endpoints",
      "aks-private-cluster",
      "aks-network-policy",
      "aks-azure-cni",
      "aks-node-public-ip-disabled",
      "aks-system-pool-taint",
      "aks-inference-pool-isolated",
      "ai-account-public-network-access-disabled",
      "ai-account-network-default-deny",
      "aml-workspace-public-network-access-disabled",
      "aml-workspace-managed-network-isolation",
      "aml-workspace-hbi-storage-private",
      "aml-registry-public-network-access-disabled",
      "aml-compute-virtual-network",
      "aml-compute-no-public-ip",
      "aml-endpoint-public-network-access-disabled",
      "aml-deployment-egress-disabled",
      "aml-extension-internal-load-balancer",
      "nsg-no-any-inbound-source",
      "nsg-deny-outbound-remote-access",
      "subnet-nsg-attached",
      "subnet-no-default-outbound-access",
      "private-endpoint-required",
      "nsg-associated",
      "monitoring-private-link-only",
    ],
    supporting: {
      "vm-trusted-launch":
        "boot integrity of the operators' machines inside the segmented network, not the segmentation itself",
      "hub-vnet-required-subnets":
        "checks the hub's shape (firewall and Bastion subnets), a precondition of segmentation rather than segmentation itself",
    },
  },
  "conduct-security-testing": {
    direct: ["acr-quarantine-enabled"],
    supporting: {
      "aks-defender-enabled":
        "continuous vulnerability scanning and runtime threat detection; it finds what testing would, but it is not a security test",
    },
  },
  "reduce-the-attack-surface": {
    direct: [
      "vm-no-public-ip",
      "storage-account-no-blob-public-access",
      "storage-container-private",
      "acr-anonymous-pull-disabled",
      "aks-authorized-ip-ranges",
      "aks-run-command-disabled",
      "aks-dashboard-disabled",
      "aks-http-application-routing-disabled",
      "ai-account-local-auth-disabled",
      "aml-compute-local-auth-disabled",
      "aml-compute-no-public-ssh",
      "aml-endpoint-token-auth",
      "nsg-no-internet-remote-access",
      "nsg-no-internet-udp",
    ],
    supporting: {
      "stack-has-governance-baseline":
        "keeps the deploy-time checks enforced after deployment, against drift; it checks that the assignments exist, not the surface itself",
    },
  },
  "determine-cost-drivers-through-cost-modeling": {
    direct: ["openai-deployment-capacity-limit"],
  },
  "pay-for-what-you-intend-to-use": {
    direct: ["storage-account-allowed-skus", "aml-deployment-allowed-instance-types"],
  },
  "use-what-you-pay-for": {
    direct: [
      "storage-blob-versions-lifecycle",
      "acr-retention-policy",
      "aks-gpu-pool-scale-to-zero",
      "aml-training-compute-scale-to-zero",
      "aml-training-compute-idle-scale-down",
      "aml-compute-instance-idle-shutdown",
      "public-ip-attached",
      "required-tags",
      "stack-has-budget",
    ],
  },
  "optimize-operational-costs": {
    direct: [
      "aks-audit-admin-only",
      "aks-training-pool-spot",
      "aml-training-compute-low-priority",
      "scheduled-query-not-every-minute",
    ],
  },
  "foster-continuous-learning-and-experimentation": {
    direct: [],
  },
  "minimize-operational-burden": {
    direct: [
      "key-vault-key-rotation-policy",
      "nsg-aks-managed-no-custom-rules",
      "private-endpoint-auto-approved",
      "private-endpoint-dns-zone-group",
    ],
    supporting: {
      "resource-name-valid":
        "prevents a failed deployment on a bad name; a small part of operational burden",
      "resource-name-format":
        "a naming convention that makes resources findable; a small part of operational burden",
    },
  },
  "automated-monitoring-and-alerting": {
    direct: [
      "storage-services-logged",
      "aks-container-insights",
      "aks-platform-logs",
      "aml-deployment-app-insights",
      "flow-log-retention",
      "diagnostics-all-logs-to-workspace",
      "log-analytics-retention",
      "app-insights-workspace-based",
      "metric-alert-auto-mitigate",
      "diagnostics-required",
      "stack-has-alerts",
    ],
    supporting: {
      "exemptions-valid":
        "keeps the pack's exemptions honest; it governs the policy checks, not the workload's monitoring",
      "exemptions-report":
        "reports which exemptions applied; an audit of the pack, not monitoring of the workload",
    },
  },
  "automate-model-decay-detection": {
    direct: ["aml-deployment-data-collection", "aml-deployment-model-monitor"],
  },
  "implement-safe-deployments": {
    direct: ["openai-deployment-version-pinned", "online-endpoint-traffic-valid"],
    supporting: {
      "aks-azure-policy-addon":
        "guardrails for in-cluster deployments; it constrains what is deployed, not how it is rolled out",
      "aks-cluster-names-valid":
        "prevents a failed deployment on a bad name; a small part of deploying safely",
      "disallow-preview-api-versions":
        "stable API versions avoid surprises at deployment; a precondition, not a deployment practice",
    },
  },
  "evaluate-user-experience-in-production": {
    direct: [],
  },
  "establish-performance-benchmarks": {
    direct: [],
  },
  "evaluate-resource-needs": {
    direct: ["aks-pool-autoscaling", "aks-pool-max-pods", "aks-ephemeral-os-disk"],
    supporting: {
      "aks-pool-scale-sets":
        "scale sets are what autoscaling needs; the sizing itself is aks-pool-autoscaling",
    },
  },
  "collect-and-analyze-performance-metrics": {
    direct: ["aks-monitoring-enabled", "diagnostics-metrics-enabled"],
  },
  "continuously-improve-benchmark-performance": {
    direct: [],
  },
};
