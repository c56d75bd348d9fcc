/**
 * One account per Checkov / PSRule anchor cited by the Cosmos DB rules, each with exactly the
 * peer rule's defect on top of inputs that pass every Cosmos DB rule.
 */
import { T } from "../../../policies/lib";
import { accountWith } from "../rules/cosmosdb/fixtures";
import type { AnchorCase } from "./anchorCase";

const account = (changes: Record<string, unknown>) => ({
  type: T.cosmosAccount,
  props: accountWith(changes),
});

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_140",
    policy: "cosmos-local-auth-disabled",
    resource: account({ disableLocalAuth: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_132",
    policy: "cosmos-key-based-metadata-write-disabled",
    resource: account({ disableKeyBasedMetadataWriteAccess: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_101",
    policy: "cosmos-public-network-access-disabled",
    resource: account({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "checkov:CKV_AZURE_99",
    policy: "cosmos-public-network-access-disabled",
    resource: account({ publicNetworkAccess: "Enabled", ipRules: [] }),
  },
  {
    anchor: "checkov:CKV_AZURE_100",
    policy: "cosmos-cmk-encryption",
    resource: account({ keyVaultKeyUri: undefined }),
  },
  {
    anchor: "psrule:Azure.Cosmos.AvailabilityZone",
    policy: "cosmos-zone-redundant",
    resource: account({
      locations: [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: false }],
    }),
  },
];
