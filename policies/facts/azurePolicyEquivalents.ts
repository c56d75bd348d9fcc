/**
 * The Azure Policy built-in definitions that check, after deployment, what a pack policy checks
 * at deploy time: the one table that both the pack (each policy's metadata, docs/enforcement.md)
 * and `GovernanceBaseline` (the assignments it creates) read, so the two cannot disagree.
 *
 * Every definition ID, display name and effect list is copied from Azure's published built-in
 * definitions, the Azure/azure-policy repository at commit
 * f4a50bacae07ddb096943c597669bcae494a6e29 (2026-04-29): `source` is the file under
 * `built-in-policies/policyDefinitions/`. A definition that judges the pack's condition only in
 * part says so in `note`.
 */
import { durationDays } from "./isoDuration";

/** The effects the mapped definitions allow (normalized: Azure compares them case-insensitively). */
export type AzurePolicyEffect = "Audit" | "Deny" | "AuditIfNotExists" | "Disabled";

/** Pack parameter values by name, as in the policy's config entry. */
export type PackParameterValues = Readonly<Record<string, unknown>>;

/** One built-in Azure Policy definition. */
export interface AzurePolicyDefinition {
  /** The GUID of `/providers/Microsoft.Authorization/policyDefinitions/<guid>`. */
  readonly definitionId: string;
  /** The definition's display name, as published. */
  readonly displayName: string;
  /** The values its `effect` parameter allows (without `Disabled` when it has none). */
  readonly effects: readonly AzurePolicyEffect[];
  /**
   * Whether the definition has an `effect` parameter. When it has none its only effect applies,
   * and an advisory assignment uses `enforcementMode: DoNotEnforce` instead.
   * @default true
   */
  readonly effectParameter?: boolean;
  /**
   * The narrowest scope at which the definition sees what it judges: `subscription` for
   * definitions about the subscription itself (Defender plans).
   * @default "resourceGroup"
   */
  readonly scope?: "resourceGroup" | "subscription";
  /** Set for definitions Azure publishes as preview. */
  readonly preview?: true;
  /** The definition's file under `built-in-policies/policyDefinitions/` in Azure/azure-policy. */
  readonly source: string;
  /**
   * The definition's parameters from the pack policy's parameter values: one assignment per
   * returned set, none when the list is empty (the pack's values make the check a no-op or cannot
   * be expressed).
   * @default - one assignment with the definition's defaults
   */
  readonly parameters?: (values: PackParameterValues) => Record<string, unknown>[];
}

/** What one pack policy maps to. */
export interface AzurePolicyEquivalence {
  /** The pack policy's default enforcement level (the convention spec compares it with the rule). */
  readonly packLevel: "mandatory" | "advisory";
  /**
   * Whether the pack raises the policy to mandatory on production stacks by default (critical and
   * high severity: `mandatoryWhenStackTags` defaults to `PACK_PRODUCTION_STACK_TAGS`).
   * @default false
   */
  readonly raisedOnProduction?: boolean;
  /** The defaults of the pack parameters `parameters` reads (compared with the rule's by a spec). */
  readonly packParameters?: PackParameterValues;
  /** Where the definitions differ from the pack policy. */
  readonly note?: string;
  readonly definitions: readonly AzurePolicyDefinition[];
}

/** The stack tags under which the pack raises critical and high policies by default. */
export const PACK_PRODUCTION_STACK_TAGS: Readonly<Record<string, readonly string[]>> = {
  environment: ["prod", "production"],
};

/** Pack policy name to its Azure Policy equivalents. */
export const AZURE_POLICY_EQUIVALENTS: Readonly<Record<string, AzurePolicyEquivalence>> = {
  "storage-account-https-only": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "404c3081-a854-4457-ae30-26a93ef643f9",
        displayName: "Secure transfer to storage accounts should be enabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/Storage_AuditForHTTPSEnabled_Audit.json",
      },
    ],
  },
  "storage-account-min-tls": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    packParameters: { minimumTlsVersion: "TLS1_2" },
    definitions: [
      {
        definitionId: "fe83a0eb-a853-422d-aac2-1bffd182c5d0",
        displayName: "Storage accounts should have the specified minimum TLS version",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccountMinimumTLSVersion_Audit.json",
        parameters: (v) => [{ minimumTlsVersion: v.minimumTlsVersion }],
      },
    ],
  },
  "storage-account-no-public-network-access": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "b2982f36-99f2-4db5-8eff-283140c09693",
        displayName: "Storage accounts should disable public network access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StoragePublicNetworkAccess_AuditDeny.json",
      },
    ],
  },
  "storage-account-network-default-deny": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "34c877ad-507e-4c82-993e-3452a6e0ad3c",
        displayName: "Storage accounts should restrict network access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/Storage_NetworkAcls_Audit.json",
      },
    ],
  },
  "storage-account-trusted-services-bypass": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "c9d007d0-c057-4772-b18c-01e546713bcd",
        displayName: "Storage accounts should allow access from trusted Microsoft services",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccess_TrustedMicrosoftServices_Audit.json",
      },
    ],
  },
  "storage-account-no-blob-public-access": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "4fa4b6c0-31ca-4c0d-b10d-24b96f62a751",
        displayName: "Storage account public access should be disallowed",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/ASC_Storage_DisallowPublicBlobAccess_Audit.json",
      },
    ],
  },
  "storage-account-no-shared-key": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54",
        displayName: "Storage accounts should prevent shared key access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccountAllowSharedKeyAccess_Audit.json",
      },
    ],
  },
  "storage-account-sas-expiration-policy": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "bc1b984e-ddae-40cc-801a-050a030e4fbe",
        displayName:
          "Storage accounts should have shared access signature (SAS) policies configured",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccountSasPolicy_Restrict.json",
      },
    ],
  },
  "storage-account-no-cross-tenant-replication": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "92a89a79-6c52-4a7e-a03f-61306fc49312",
        displayName: "Storage accounts should prevent cross tenant object replication",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccountAllowCrossTenantReplication_Audit.json",
      },
    ],
  },
  "storage-account-cmk-encryption": {
    packLevel: "advisory",
    note: "Audit only: Azure Policy offers no Deny for this check.",
    definitions: [
      {
        definitionId: "6fac406b-40ca-413b-bf8e-0bf964659c25",
        displayName: "Storage accounts should use customer-managed key for encryption",
        effects: ["Audit", "Disabled"],
        source: "Storage/StorageAccountCustomerManagedKeyEnabled_Audit.json",
      },
    ],
  },
  "storage-account-infrastructure-encryption": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "4733ea7b-a883-42fe-8cac-97454c2a9e4a",
        displayName: "Storage accounts should have infrastructure encryption",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccountInfrastructureEncryptionEnabled_Audit.json",
      },
    ],
  },
  "storage-account-zone-redundant": {
    packLevel: "advisory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "85b005b2-95fc-4953-b9cb-f9ee6427c754",
        displayName: "[Preview]: Storage Accounts should be Zone Redundant",
        effects: ["Audit", "Deny", "Disabled"],
        preview: true,
        source: "Resilience/Storage_storageAccounts_ZoneRedundant_Audit.json",
      },
    ],
  },
  "storage-account-allowed-skus": {
    packLevel: "advisory",
    packParameters: {
      allowedSkus: [
        "Standard_LRS",
        "Standard_ZRS",
        "Standard_GRS",
        "Standard_GZRS",
        "Standard_RAGRS",
        "Standard_RAGZRS",
      ],
    },
    definitions: [
      {
        definitionId: "7433c107-6db4-4ad1-b57a-a76dce0154a1",
        displayName: "Storage accounts should be limited by allowed SKUs",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/AllowedStorageSkus_Audit.json",
        parameters: (v) => [{ listOfAllowedSKUs: v.allowedSkus }],
      },
    ],
  },
  "storage-blob-versioning": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "c36a325b-ae04-4863-ad4f-19c6678f8e08",
        displayName: "Configure your Storage account to enable blob versioning",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Storage/StorageAccountEnableBlobVersion_Audit.json",
      },
    ],
  },
  "storage-defender-enabled": {
    packLevel: "advisory",
    note: "Judges the subscription's Defender for Storage plan (malware scanning and sensitive data discovery on), so it needs a subscription or management group scope.",
    definitions: [
      {
        definitionId: "640d2586-54d2-465f-877f-9ffc1d2109f4",
        displayName: "Microsoft Defender for Storage should be enabled",
        effects: ["AuditIfNotExists", "Disabled"],
        scope: "subscription",
        source: "Security Center/MDC_Microsoft_Defender_For_Storage_Full_Audit.json",
      },
    ],
  },
  "key-vault-rbac-authorization": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5",
        displayName: "Azure Key Vault should use RBAC permission model",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Should_Use_RBAC.json",
      },
    ],
  },
  "key-vault-purge-protection": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "0b60c0b2-2dc2-4e1c-b5c9-abbed971de53",
        displayName: "Key vaults should have deletion protection enabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Recoverable_Audit.json",
      },
    ],
  },
  "key-vault-no-public-network-access": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "405c5871-3e91-4644-8a63-58e19d68ff5b",
        displayName: "Azure Key Vault should disable public network access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/PublicNetworkAccess_Audit.json",
      },
    ],
  },
  "key-vault-firewall-default-deny": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "55615ac9-af46-4a59-874e-391cc3dfb490",
        displayName:
          "Azure Key Vault should have firewall enabled or public network access disabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/FirewallEnabled_Audit.json",
      },
    ],
  },
  "key-vault-key-expiration": {
    packLevel: "advisory",
    note: "Checks that an expiry is set; the pack also bounds it by maximumValidity.",
    definitions: [
      {
        definitionId: "152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0",
        displayName: "Key Vault keys should have an expiration date",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Keys_ExpirationSet.json",
      },
    ],
  },
  "key-vault-key-rotation-policy": {
    packLevel: "advisory",
    packParameters: { maximumRotationInterval: "P1Y" },
    definitions: [
      {
        definitionId: "d8cf8476-a2ec-4916-896e-992351803c44",
        displayName:
          "Keys should have a rotation policy ensuring that their rotation is scheduled within the specified number of days after creation.",
        effects: ["Audit", "Disabled"],
        source: "Key Vault/Keys_KeyRotationPolicy_MaximumDaysToRotate.json",
        parameters: (v) => {
          // Counted as the pack's key-vault-key-rotation-policy counts it, weeks included.
          const days = durationDays(v.maximumRotationInterval, { weeks: true });
          return days === undefined ? [] : [{ maximumDaysToRotate: days }];
        },
      },
    ],
  },
  "key-vault-key-min-rsa-size": {
    packLevel: "advisory",
    packParameters: { minimumRsaKeySize: 3072 },
    definitions: [
      {
        definitionId: "82067dbb-e53b-4e06-b631-546d197452d9",
        displayName: "Keys using RSA cryptography should have a specified minimum key size",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Keys_RSA_MinimumKeySize.json",
        parameters: (v) => [{ minimumRSAKeySize: v.minimumRsaKeySize }],
      },
    ],
  },
  "key-vault-key-hsm-backed": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "587c79fe-dd04-4a5e-9d0b-f89598c7261b",
        displayName: "Keys should be backed by a hardware security module (HSM)",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Keys_HSMBacked.json",
      },
    ],
  },
  "key-vault-secret-expiration": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "98728c90-32c7-4049-8429-847dc0f4fe37",
        displayName: "Key Vault secrets should have an expiration date",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Secrets_ExpirationSet.json",
      },
    ],
  },
  "acr-admin-user-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "dc921057-6b28-4fbe-9b83-f7bec05db6c2",
        displayName: "Container registries should have local admin account disabled.",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_AdminAccountDisabled_AuditDeny.json",
      },
    ],
  },
  "acr-anonymous-pull-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "9f2dea28-e834-476c-99c5-3507b4728395",
        displayName: "Container registries should have anonymous authentication disabled.",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_AnonymousPullDisabled_AuditDeny.json",
      },
    ],
  },
  "acr-public-network-access-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "0fdf0491-d080-4575-b627-ad0e843cba0f",
        displayName: "Public network access should be disabled for Container registries",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_PublicNetworkAccess_AuditDeny.json",
      },
    ],
  },
  "acr-network-default-deny": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "d0793b48-0edc-4296-a390-4c75d1bdfd71",
        displayName: "Container registries should not allow unrestricted network access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_NetworkRulesExist_AuditDeny.json",
      },
    ],
  },
  "acr-export-disabled": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "524b0254-c285-4903-bee6-bb8126cde579",
        displayName: "Container registries should have exports disabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_ExportPolicy_AuditDeny.json",
      },
    ],
  },
  "acr-cmk-encryption": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "5b9159ae-1701-4a6f-9a7a-aa9c8ddd0580",
        displayName: "Container registries should be encrypted with a customer-managed key",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_CMKEncryptionEnabled_Audit.json",
      },
    ],
  },
  "acr-premium-sku": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "bd560fc0-3c69-498a-ae9f-aa8eb7de0e13",
        displayName: "Container registries should have SKUs that support Private Links",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Container Registry/ACR_SkuSupportsPrivateEndpoints_AuditDeny.json",
      },
    ],
  },
  "acr-zone-redundant": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "9d2b0a20-57d6-474c-9d12-44a4a20999c6",
        displayName: "[Preview]: Container Registry should be Zone Redundant",
        effects: ["Audit", "Deny", "Disabled"],
        preview: true,
        source: "Resilience/ContainerRegistry_registries_ZoneRedundant_Audit.json",
      },
    ],
  },
  "acr-replica-location-allowed": {
    packLevel: "advisory",
    packParameters: { allowedLocations: [] },
    note: "Broader than the pack rule: Allowed locations restricts every resource in the scope, not only registry replicas. Assigned only when allowedLocations is not empty, as the pack checks nothing then.",
    definitions: [
      {
        definitionId: "e56962a6-4747-49cd-b67b-bf8b01975c4c",
        displayName: "Allowed locations",
        effects: ["Audit", "Deny", "Disabled"],
        source: "General/AllowedLocations_Deny.json",
        parameters: (v) => {
          const locations = v.allowedLocations as readonly string[];
          return locations.length === 0 ? [] : [{ listOfAllowedLocations: locations }];
        },
      },
    ],
  },
  "aks-private-cluster": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "040732e8-d947-40b8-95d6-854c95024bf8",
        displayName: "Azure Kubernetes Service Private Clusters should be enabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Kubernetes/AKS_PrivateCluster_Deny.json",
      },
    ],
  },
  "aks-authorized-ip-ranges": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    note: "Audit only; like the pack, it accepts a private cluster instead of authorized ranges.",
    definitions: [
      {
        definitionId: "0e246bcf-5f6f-4f87-bc6f-775d4712c7ea",
        displayName: "Authorized IP ranges should be defined on Kubernetes Services",
        effects: ["Audit", "Disabled"],
        source: "Security Center/ASC_EnableIpRanges_KubernetesService_Audit.json",
      },
    ],
  },
  "aks-run-command-disabled": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "89f2d532-c53c-4f8f-9afa-4927b1114a0d",
        displayName: "Azure Kubernetes Service Clusters should disable Command Invoke",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_DisableRunCommand_Audit.json",
      },
    ],
  },
  "aks-local-accounts-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "993c2fcd-2b29-49d2-9eb0-df2c3a730c32",
        displayName:
          "Azure Kubernetes Service Clusters should have local authentication methods disabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Kubernetes/AKS_DisableLocalAccounts_Deny.json",
      },
    ],
  },
  "aks-entra-azure-rbac": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    note: "Checks Entra ID integration; the pack also requires Azure RBAC for Kubernetes authorization.",
    definitions: [
      {
        definitionId: "450d2877-ebea-41e8-b00c-e286317d21bf",
        displayName:
          "Azure Kubernetes Service Clusters should enable Microsoft Entra ID integration",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_AAD_Integration_Audit.json",
      },
    ],
  },
  "aks-managed-identity": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "da6e2401-19da-4532-9141-fb8fbde08431",
        displayName: "Azure Kubernetes Service Clusters should use managed identities",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_MSI_Audit.json",
      },
    ],
  },
  "aks-workload-identity": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "2cc2e023-0dac-4046-875b-178f683929d5",
        displayName: "Azure Kubernetes Service Clusters should enable workload identity",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_WorkloadIdentity_Audit.json",
      },
    ],
  },
  "aks-azure-cni": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "46238e2f-3f6f-4589-9f3f-77bed4116e67",
        displayName: "Azure Kubernetes Clusters should use Azure CNI",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_EnableCNI.json",
      },
    ],
  },
  "aks-defender-enabled": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "a1840de2-8088-4ea8-b153-b4c723e9cb01",
        displayName: "Azure Kubernetes Service clusters should have Defender profile enabled",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/ASC_Azure_Defender_AKS_SecurityProfile_Audit.json",
      },
    ],
  },
  "aks-azure-policy-addon": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "0a15ec92-a229-4763-bb14-0ea34a568f8d",
        displayName:
          "Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your clusters",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_AzurePolicyAddOn_Audit.json",
      },
    ],
  },
  "aks-disk-encryption-set": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "7d7be79c-23ba-4033-84dd-45e2a5ccdd67",
        displayName:
          "Both operating systems and data disks in Azure Kubernetes Service clusters should be encrypted by customer-managed keys",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Kubernetes/AKS_CMK_Deny.json",
      },
    ],
  },
  "aks-auto-upgrade": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "5c345cdf-2049-47e0-b8fe-b0e96bc2df35",
        displayName: "Azure Kubernetes Service Clusters should enable cluster auto-upgrade",
        effects: ["Audit", "Disabled"],
        source: "Kubernetes/AKS_Autoupgrade_Cluster_Audit.json",
      },
    ],
  },
  "aks-encryption-at-host": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "41425d9f-d1a5-499a-9932-f8ed8453932c",
        displayName:
          "Temp disks and cache for agent node pools in Azure Kubernetes Service clusters should be encrypted at host",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Kubernetes/AKS_EncryptionAtHost_Deny.json",
      },
    ],
  },
  "aks-pool-availability-zones": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "2dec5f47-bc40-40d1-8c7d-a39d9d6808d1",
        displayName:
          "[Preview]: Azure Kubernetes Service Managed Clusters should be Zone Redundant",
        effects: ["Audit", "Deny", "Disabled"],
        preview: true,
        source: "Resilience/ContainerService_managedclusters_ZoneRedundant_Audit.json",
      },
    ],
  },
  "ai-account-local-auth-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "71ef260a-8f18-47b7-abcb-62d0673d94dc",
        displayName:
          "Azure AI Services resources should have key access disabled (disable local authentication)",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Azure Ai Services/DisableLocalAuth_Audit.json",
      },
    ],
  },
  "ai-account-network-default-deny": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    note: "Also satisfied by publicNetworkAccess Disabled, as the pack's rule is.",
    definitions: [
      {
        definitionId: "037eea7a-bd0a-46c5-9a66-03aea78705d3",
        displayName: "Azure AI Services resources should restrict network access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Azure Ai Services/NetworkAcls_Audit.json",
      },
    ],
  },
  "ai-account-cmk-encryption": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "67121cc7-ff39-4ab8-b7e3-95b84dab487d",
        displayName:
          "Azure AI Services resources should encrypt data at rest with a customer-managed key (CMK)",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Cognitive Services/CustomerManagedKey_Audit.json",
      },
    ],
  },
  "ai-account-managed-identity": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "fe3fd216-4f83-4fc1-8984-2bbec80a3418",
        displayName: "Cognitive Services accounts should use a managed identity",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Cognitive Services/ManagedIdentity_Audit.json",
      },
    ],
  },
  "aml-workspace-public-network-access-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "438c38d2-3772-465a-a9cc-7a6666a275ce",
        displayName: "Azure Machine Learning Workspaces should disable public network access",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Machine Learning/Workspace_PublicNetworkAccessDisabled_Audit.json",
      },
    ],
  },
  "aml-workspace-managed-network-isolation": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    packParameters: { allowedIsolationModes: ["AllowOnlyApprovedOutbound"] },
    note: "The definition takes one mode: assigned when allowedIsolationModes names exactly one.",
    definitions: [
      {
        definitionId: "6ddb1705-c8cf-450e-aa4b-19ad6703c440",
        displayName:
          "Azure Machine Learning and Ai Studio should use Allow Only Approved Outbound Managed Vnet mode",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Machine Learning/ManagedNetworkIsolationMode_Audit.json",
        parameters: (v) => {
          const modes = v.allowedIsolationModes as readonly string[];
          return modes.length === 1 ? [{ isolationMode: modes[0] }] : [];
        },
      },
    ],
  },
  "aml-workspace-cmk-encryption": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "ba769a63-b8cc-4b2d-abf6-ac33c7204be8",
        displayName:
          "Azure Machine Learning workspaces should be encrypted with a customer-managed key",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Machine Learning/Workspace_CMKEnabled_Audit.json",
      },
    ],
  },
  "aml-workspace-user-assigned-identity": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "5f0c7d88-c7de-45b8-ac49-db49e72eaa78",
        displayName: "Azure Machine Learning workspaces should use user-assigned managed identity",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Machine Learning/Workspace_UAIEnabled_Audit.json",
      },
    ],
  },
  "aml-compute-local-auth-disabled": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    definitions: [
      {
        definitionId: "e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f",
        displayName:
          "Azure Machine Learning Computes should have local authentication methods disabled",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Machine Learning/DisableLocalAuth_Audit.json",
      },
    ],
  },
  "aml-compute-virtual-network": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "7804b5c7-01dc-4723-969b-ae300cc07ff1",
        displayName: "Azure Machine Learning Computes should be in a virtual network",
        effects: ["Audit", "Disabled"],
        source: "Machine Learning/Vnet_Audit.json",
      },
    ],
  },
  "aml-compute-instance-idle-shutdown": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "679ddf89-ab8f-48a5-9029-e76054077449",
        displayName: "Azure Machine Learning Compute Instance should have idle shutdown.",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Machine Learning/IdleShutdown_Audit.json",
      },
    ],
  },
  "private-endpoint-required": {
    packLevel: "mandatory",
    raisedOnProduction: true,
    note: "One definition per private service the zone deploys; storage, registry, workspace and AI services definitions audit only.",
    definitions: [
      {
        definitionId: "a6abeaec-4d90-4a02-805f-6b26c4d3fbe9",
        displayName: "Azure Key Vaults should use private link",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Key Vault/Should_Use_PrivateEndpoint_Audit.json",
      },
      {
        definitionId: "6edd7eda-6dd8-40f7-810d-67160c639cd9",
        displayName: "Storage accounts should use private link",
        effects: ["AuditIfNotExists", "Disabled"],
        source: "Storage/StorageAccountPrivateEndpointEnabled_Audit.json",
      },
      {
        definitionId: "e8eef0a8-67cf-4eb4-9386-14b0e78733d4",
        displayName: "Container registries should use private link",
        effects: ["Audit", "Disabled"],
        source: "Container Registry/ACR_PrivateEndpointEnabled_Audit.json",
      },
      {
        definitionId: "45e05259-1eb5-4f70-9574-baf73e9d219b",
        displayName: "Azure Machine Learning workspaces should use private link",
        effects: ["Audit", "Disabled"],
        source: "Machine Learning/Workspace_PrivateEndpoint_Audit_V2.json",
      },
      {
        definitionId: "d6759c02-b87f-42b7-892e-71b3f471d782",
        displayName: "Azure AI Services resources should use Azure Private Link",
        effects: ["Audit", "Disabled"],
        source: "Azure Ai Services/EnablePrivateEndpoints_Audit.json",
      },
    ],
  },
  "monitoring-local-auth-disabled": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "e15effd4-2278-4c65-a0da-4d6f6d1890e2",
        displayName:
          "Log Analytics Workspaces should block non-Azure Active Directory based ingestion.",
        effects: ["Deny", "Audit", "Disabled"],
        source: "Monitoring/LogAnalyticsWorkspaces_DisableLocalAuth_Deny.json",
      },
      {
        definitionId: "199d5677-e4d9-4264-9465-efe1839c06bd",
        displayName:
          "Application Insights components should block non-Azure Active Directory based ingestion.",
        effects: ["Deny", "Audit", "Disabled"],
        source: "Monitoring/ApplicationInsightsComponents_DisableLocalAuth_Deny.json",
      },
    ],
  },
  "monitoring-private-link-only": {
    packLevel: "advisory",
    definitions: [
      {
        definitionId: "6c53d030-cc64-46f0-906d-2bc061cd1334",
        displayName:
          "Log Analytics workspaces should block log ingestion and querying from public networks",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Monitoring/LogAnalyticsWorkspaces_NetworkAccessEnabled_Deny.json",
      },
      {
        definitionId: "1bc02227-0cb6-4e11-8f53-eb0b22eab7e8",
        displayName:
          "Application Insights components should block log ingestion and querying from public networks",
        effects: ["Audit", "Deny", "Disabled"],
        source: "Monitoring/ApplicationInsightsComponents_NetworkAccessEnabled_Deny.json",
      },
    ],
  },
  "diagnostics-required": {
    packLevel: "advisory",
    note: "One definition per service whose resource logs the zone sends to Log Analytics.",
    definitions: [
      {
        definitionId: "afe0c3be-ba3b-4544-ba52-0c99672a8ad6",
        displayName: "Resource logs in Azure Machine Learning Workspaces should be enabled",
        effects: ["AuditIfNotExists", "Disabled"],
        source: "Machine Learning/AuditDiagnosticLog_Audit.json",
      },
      {
        definitionId: "1b4d1c4e-934c-4703-944c-27c82c06bebb",
        displayName: "Diagnostic logs in Azure AI services resources should be enabled",
        effects: ["AuditIfNotExists", "Disabled"],
        source: "Azure Ai Services/DiagnosticLogs_Audit.json",
      },
      {
        definitionId: "cf820ca0-f99e-4f3e-84fb-66e913812d21",
        displayName: "Resource logs in Key Vault should be enabled",
        effects: ["AuditIfNotExists", "Disabled"],
        source: "Key Vault/AuditDiagnosticLog_Audit.json",
      },
      {
        definitionId: "245fc9df-fa96-4414-9a0b-3738c2f7341c",
        displayName: "Resource logs in Azure Kubernetes Service should be enabled",
        effects: ["AuditIfNotExists", "Disabled"],
        source: "Kubernetes/AuditDiagnosticLog_Audit.json",
      },
    ],
  },
  "required-tags": {
    packLevel: "advisory",
    packParameters: { requiredTags: ["cost-center", "owner", "environment"] },
    note: "The definition denies and has no effect parameter: one assignment per required tag, DoNotEnforce where the pack is advisory.",
    definitions: [
      {
        definitionId: "871b6d14-10aa-478d-b590-94f262ecfa99",
        displayName: "Require a tag on resources",
        effects: ["Deny"],
        effectParameter: false,
        source: "Tags/RequireTag_Deny.json",
        parameters: (v) => (v.requiredTags as readonly string[]).map((tagName) => ({ tagName })),
      },
    ],
  },
};
