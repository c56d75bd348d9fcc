/** Inputs that pass every Azure AI services rule, as azure-native v3 sends them. */

export const compliantAccount = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "oai-ai-prod",
  kind: "OpenAI",
  sku: { name: "S0" },
  identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/rg/id-oai"] },
  properties: {
    customSubDomainName: "oai-ai-prod",
    disableLocalAuth: true,
    publicNetworkAccess: "Disabled",
    networkAcls: { defaultAction: "Deny", bypass: "None" },
    restrictOutboundNetworkAccess: true,
    allowedFqdnList: ["kv-ai.vault.azure.net"],
    encryption: {
      keySource: "Microsoft.KeyVault",
      keyVaultProperties: {
        keyVaultUri: "https://kv-ai.vault.azure.net/",
        keyName: "oai",
        identityClientId: "00000000-0000-0000-0000-000000000001",
      },
    },
  },
});

export const compliantDeployment = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "oai-ai-prod",
  deploymentName: "gpt-4o",
  sku: { name: "GlobalStandard", capacity: 50 },
  properties: {
    model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" },
    raiPolicyName: "strict",
    versionUpgradeOption: "NoAutoUpgrade",
  },
});

const filter = (name: string, source: string, severityThreshold?: string) => ({
  name,
  source,
  enabled: true,
  blocking: true,
  ...(severityThreshold === undefined ? {} : { severityThreshold }),
});

export const compliantRaiPolicy = (): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "oai-ai-prod",
  raiPolicyName: "strict",
  properties: {
    basePolicyName: "Microsoft.DefaultV2",
    mode: "Blocking",
    contentFilters: [
      ...["Prompt", "Completion"].flatMap((source) =>
        ["Hate", "Sexual", "Violence", "Selfharm"].map((name) => filter(name, source, "Medium")),
      ),
      filter("Jailbreak", "Prompt"),
      filter("Indirect Attack", "Prompt"),
      filter("Protected Material Text", "Completion"),
      filter("Protected Material Code", "Completion"),
    ],
  },
});

/** The RAI policy with the filter `name` on `source` changed by `change`. */
export function raiPolicyWith(
  name: string,
  source: string,
  change: (filter: Record<string, unknown>) => Record<string, unknown> | undefined,
): Record<string, any> {
  const props = compliantRaiPolicy();
  const filters = (props.properties.contentFilters as Record<string, unknown>[])
    .map((f) => (f.name === name && f.source === source ? change({ ...f }) : f))
    .filter((f) => f !== undefined);
  return { ...props, properties: { ...props.properties, contentFilters: filters } };
}

/** The compliant account with `properties` fields replaced (a value of undefined removes it). */
export function accountWith(fields: Record<string, unknown>): Record<string, any> {
  const props = compliantAccount();
  const properties: Record<string, unknown> = { ...props.properties, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete properties[k];
  return { ...props, properties };
}
