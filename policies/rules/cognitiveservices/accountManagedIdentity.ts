import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";
import { reportUnlessManagedIdentity } from "./lib/managedIdentity";

export const aiAccountManagedIdentity = resourceRule({
  name: "ai-account-managed-identity",
  description:
    "Azure AI services and OpenAI accounts have a managed identity to reach keys, storage and search without secrets.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_238",
    "azpol:Cognitive Services accounts should use a managed identity",
    "psrule:Azure.AI.ManagedIdentity",
    "mcsb:IM-3",
  ],
  remediationSteps:
    "Set identity.type to 'SystemAssigned' or 'UserAssigned' (with identity.userAssignedIdentities).",
  url: "https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity",
  types: [T.aiAccount],
  validate: (props: Props<AccountArgs>, ctx) =>
    reportUnlessManagedIdentity(props, (m) => ctx.report(m)),
});
