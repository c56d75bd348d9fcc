import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, T } from "../../lib";

export const amlWorkspaceUserAssignedIdentity = resourceRule({
  name: "aml-workspace-user-assigned-identity",
  description:
    "Azure Machine Learning workspaces act as a user-assigned managed identity, whose grants can be made before the workspace exists and outlive it.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "psrule:Azure.ML.UserManagedIdentity",
    "azpol:Azure Machine Learning workspaces should use user-assigned managed identity",
    "mcsb:IM-3",
  ],
  remediationSteps:
    "Set identity to { type: 'UserAssigned', userAssignedIdentities: [identityId] } and primaryUserAssignedIdentity to the same ID (set at creation).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication#user-assigned-managed-identity",
  types: [T.mlWorkspace],
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    if (!("identity" in props)) {
      ctx.report("identity.type must be 'UserAssigned'; identity is not set.");
      return;
    }
    const identity = props.identity;
    if (identity?.type !== "UserAssigned") {
      ctx.report(`identity.type must be 'UserAssigned'; it is '${String(identity?.type)}'.`);
      return;
    }
    // Presence decides: identity IDs are usually outputs of identities made in the same run.
    if (!("userAssignedIdentities" in identity)) {
      ctx.report("identity.userAssignedIdentities must list the identity; it is not set.");
    }
    if (!("primaryUserAssignedIdentity" in props)) {
      ctx.report(
        "primaryUserAssignedIdentity must name the workspace's user-assigned identity; it is not set.",
      );
    }
  },
});
