import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { Props, resourceRule, shown, T } from "../../lib";

export const cosmosKeyBasedMetadataWriteDisabled = resourceRule({
  name: "cosmos-key-based-metadata-write-disabled",
  description:
    "Cosmos DB accounts take database, container and throughput changes only through Azure Resource Manager, not with account keys.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_132",
    "azpol:Azure Cosmos DB key based metadata write access should be disabled",
    "mcsb:PA-7",
  ],
  remediationSteps: "Set disableKeyBasedMetadataWriteAccess to true.",
  url: "https://learn.microsoft.com/azure/cosmos-db/role-based-access-control#prevent-sdk-changes",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    const value = props.disableKeyBasedMetadataWriteAccess;
    if (value === undefined || value === null) {
      ctx.report(
        "disableKeyBasedMetadataWriteAccess must be true; it is not set, so keys can change databases and throughput.",
      );
    } else if (value !== true) {
      ctx.report(`disableKeyBasedMetadataWriteAccess must be true; it is ${shown(value)}.`);
    }
  },
});
