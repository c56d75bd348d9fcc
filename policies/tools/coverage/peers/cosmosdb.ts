/**
 * Checkov and PSRule for Azure rules on Cosmos DB accounts, read from Checkov's Terraform and ARM
 * Cosmos DB checks and PSRule's `Azure.Cosmos` rules.
 */
import type { PeerRule } from "../peerRule";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_99",
    checks:
      "Access is restricted: public network access off, or IP and virtual network filters (we require public access off).",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_100",
    checks: "The account encrypts data with a customer-managed Key Vault key.",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_101",
    checks: "The account disables public network access.",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_132",
    checks: "Metadata writes with account keys are disabled.",
    types: [ACCOUNT],
  },
  {
    anchor: "checkov:CKV_AZURE_140",
    checks: "The account disables local (key) authentication.",
    types: [ACCOUNT],
  },
  {
    anchor: "psrule:Azure.Cosmos.AvailabilityZone",
    checks: "Every location of the account is zone redundant.",
    types: [ACCOUNT],
  },
];
