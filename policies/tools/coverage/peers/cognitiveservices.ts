/**
 * Checkov and PSRule for Azure rules on Azure AI services accounts (Azure OpenAI, AIServices and
 * the other kinds). Neither peer checks model deployments or content filter (RAI) policies. Read
 * from Checkov's Terraform, ARM and graph checks and PSRule's `Azure.AI.Rule.yaml|.ps1` and docs.
 */
import type { PeerRule } from "../peerRule";

const ACCOUNT = "azure-native:cognitiveservices:Account";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_134",
    checks: "The account disables public network access.",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_236",
    checks: "The account disables local (key) authentication.",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_238",
    checks: "The account has a managed identity of any type.",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_247",
    checks:
      "OpenAI accounts restrict outbound network access and list allowed FQDNs (we check every kind and accept an empty list, which allows no destination at all).",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV2_AZURE_22",
    checks: "The account encrypts data with a customer-managed Key Vault key.",
    types: [ACCOUNT],
  },
  {
    anchor: "psrule:Azure.AI.PublicAccess",
    checks: "Public network access is disabled, or the network ACLs deny by default.",
    types: [ACCOUNT],
  },
  {
    anchor: "psrule:Azure.AI.ManagedIdentity",
    checks:
      "The account has a managed identity (PSRule only for TextAnalytics; we for every kind).",
    types: [ACCOUNT],
  },
  {
    anchor: "psrule:Azure.AI.DisableLocalAuth",
    checks: "The account disables local authentication.",
    types: [ACCOUNT],
  },
  {
    anchor: "psrule:Azure.AI.PrivateEndpoints",
    checks: "Public network access is disabled, so the account is reached over private endpoints.",
    types: [ACCOUNT],
  },
  {
    anchor: "psrule:Azure.AI.FoundryNaming",
    checks: "AIServices account names match an organisation's configured naming format.",
    types: [ACCOUNT],
    outOfScope:
      "Runs only when AZURE_AI_SERVICES_NAME_FORMAT is configured (empty by default): an organisation-specific convention with no default defect.",
  },
];
