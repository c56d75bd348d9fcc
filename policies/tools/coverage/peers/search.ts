/**
 * Checkov and PSRule for Azure rules on Azure AI Search services, read from Checkov's Terraform
 * search checks and PSRule's `Azure.Search` rules.
 */
import type { PeerRule } from "../peerRule";

const SERVICE = "azure-native:search:Service";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_124",
    checks: "The service disables public network access.",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_207",
    checks: "The service has a managed identity.",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_208",
    checks: "The service runs at least 3 replicas (SLA for index updates).",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_209",
    checks: "The service runs at least 2 replicas (SLA for queries).",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_210",
    checks:
      "Allowed IP ranges do not open the service to the internet (we require public access off, which ignores IP rules).",
    types: [SERVICE],
  },
  {
    anchor: "psrule:Azure.Search.LocalAuth",
    checks: "The service disables local (API key) authentication.",
    types: [SERVICE],
  },
];
