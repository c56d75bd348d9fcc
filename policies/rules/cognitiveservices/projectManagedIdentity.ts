import type { ProjectArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";
import { reportUnlessManagedIdentity } from "./lib/managedIdentity";

/*
 * A project has no network settings of its own (it is reached through its account's endpoint, so
 * the account's public-access rules cover it); its identity is what its connections and agent
 * stores are reached with.
 */
export const aiProjectManagedIdentity = resourceRule({
  name: "ai-project-managed-identity",
  description:
    "AI Foundry projects have a managed identity of their own, so their connections and agent stores are reached with narrow roles instead of keys.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:ai-account-managed-identity for Foundry projects", "mcsb:IM-3"],
  remediationSteps:
    "Set identity.type to 'SystemAssigned' (or 'UserAssigned' with identity.userAssignedIdentities) on the project.",
  url: "https://learn.microsoft.com/azure/ai-foundry/how-to/create-projects",
  types: [T.aiProject],
  validate: (props: Props<ProjectArgs>, ctx) =>
    reportUnlessManagedIdentity(props, (m) => ctx.report(m)),
});
