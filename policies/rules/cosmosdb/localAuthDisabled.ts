import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { Props, resourceRule, shown, T } from "../../lib";

export const cosmosLocalAuthDisabled = resourceRule({
  name: "cosmos-local-auth-disabled",
  description:
    "Cosmos DB accounts accept only Microsoft Entra ID tokens for data access, not account keys.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_140",
    "azpol:Cosmos DB database accounts should have local authentication methods disabled",
    "mcsb:IM-1",
  ],
  remediationSteps:
    "Set disableLocalAuth to true and grant callers a Cosmos DB data-plane role (sqlRoleAssignments).",
  url: "https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    const value = props.disableLocalAuth;
    if (value === undefined || value === null) {
      ctx.report("disableLocalAuth must be true; it is not set, so account keys work.");
    } else if (value !== true) {
      ctx.report(`disableLocalAuth must be true; it is ${shown(value)}.`);
    }
  },
});
