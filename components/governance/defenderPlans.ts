/**
 * Microsoft Defender for Cloud plans the baseline can switch on for a subscription. The pricing
 * names and the Storage sub-plan and extensions are those Azure's built-in audit definitions check
 * (Azure/azure-policy `built-in-policies/policyDefinitions/Security Center/`:
 * ASC_Azure_Defender_AI_AINE.json, MDC_Microsoft_Defender_For_Storage_Full_Audit.json,
 * ASC_EnableAdvancedThreatProtectionOnContainers_Audit.json,
 * ASC_EnableAdvancedThreatProtectionOnKeyVaults_Audit.json).
 */

/** The plans, by `Microsoft.Security/pricings` name. */
export const DEFENDER_PLANS = {
  AI: {},
  StorageAccounts: {
    subPlan: "DefenderForStorageV2",
    extensions: ["OnUploadMalwareScanning", "SensitiveDataDiscovery"],
  },
  Containers: {},
  KeyVaults: {},
} as const satisfies Record<string, { subPlan?: string; extensions?: readonly string[] }>;

export type DefenderPlanName = keyof typeof DEFENDER_PLANS;

export const DEFENDER_PLAN_NAMES = Object.keys(DEFENDER_PLANS) as DefenderPlanName[];
