/**
 * Azure built-in role definitions this project names, by display name, with the IDs Azure
 * publishes (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles). Role IDs
 * are the same in every Azure cloud and never change once published. The one copy for the pack and
 * the components; `test/policies/lib/builtInRoles.spec.ts` checks it against the published table.
 */
export const BUILT_IN_ROLE_IDS = {
  Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  Reader: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
  "User Access Administrator": "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
  "Role Based Access Control Administrator": "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
  "Key Vault Administrator": "00482a5a-887f-4fb3-b363-3b7fe8e74483",
  "Key Vault Contributor": "f25e0fa2-a7c8-4377-a976-54943a77a395",
  "Key Vault Crypto Officer": "14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
  "Key Vault Crypto Service Encryption User": "e147488a-f6f5-4113-8e2d-b22465e65bf6",
  "Key Vault Secrets User": "4633458b-17de-408a-b874-0445c86b69e6",
  "Storage Account Contributor": "17d1049b-9a84-46fb-8f53-869881c3d3ab",
  "Storage Blob Data Contributor": "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
  "Storage Blob Data Reader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
  "Storage File Data Privileged Contributor": "69566ab7-960f-475b-8e7c-b3118f30c6bd",
  AcrPull: "7f951dda-4ed3-4680-a7ca-43fe172d538d",
  AcrPush: "8311e382-0749-4cb8-b61a-304f252e45ec",
  "AzureML Data Scientist": "f6c7c914-8db3-469d-8ca1-694a8f32e121",
  "AzureML Metrics Writer (preview)": "635dd51f-9968-44d3-b7fb-6d9a6bd613ae",
  "Azure AI Enterprise Network Connection Approver": "b556d68e-0be0-4f35-a333-ad7ee1ce17ea",
  "Azure Kubernetes Service RBAC Cluster Admin": "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b",
  "Cognitive Services OpenAI User": "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
  "Managed Identity Operator": "f1a07417-d97a-45cb-824c-7a7467783830",
  "Application Insights Component Contributor": "ae349356-3a1b-4a5e-921d-050484c6347e",
  "Monitoring Metrics Publisher": "3913510d-42f4-4e42-8a64-420c390055eb",
  "Network Contributor": "4d97b98b-1d4f-4787-a291-c67834d212e7",
  "Private DNS Zone Contributor": "b12aa53e-6015-4669-85d0-8515ebb3ae7f",
} as const;

export type BuiltInRole = keyof typeof BUILT_IN_ROLE_IDS;

/**
 * Roles that grant control of every resource in scope or of who may access it: the pack refuses
 * assignments of them, and an online endpoint's identity may not hold them.
 */
export const PRIVILEGED_ROLES = [
  "Owner",
  "Contributor",
  "User Access Administrator",
  "Role Based Access Control Administrator",
] as const satisfies readonly BuiltInRole[];

/** The roles `names` lists, by display name, with their IDs: a consumer's own view of the table. */
export function builtInRoleIds<N extends BuiltInRole>(names: readonly N[]): { [K in N]: string } {
  const ids: Record<string, string> = {};
  for (const name of names) ids[name] = BUILT_IN_ROLE_IDS[name];
  return ids as { [K in N]: string };
}
