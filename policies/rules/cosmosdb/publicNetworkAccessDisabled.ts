import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { Props, resourceRule, T } from "../../lib";

export const cosmosPublicNetworkAccessDisabled = resourceRule({
  name: "cosmos-public-network-access-disabled",
  description: "Cosmos DB accounts are reachable only through private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_101",
    "checkov:CKV_AZURE_99",
    "azpol:Azure Cosmos DB should disable public network access",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled' and reach the account through a private endpoint (group 'Sql').",
  url: "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    if (!("publicNetworkAccess" in props) || props.publicNetworkAccess === null) {
      ctx.report("publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.");
      return;
    }
    const access = props.publicNetworkAccess;
    if (access !== "Disabled") {
      ctx.report(`publicNetworkAccess must be 'Disabled'; it is '${String(access)}'.`);
    }
  },
});
