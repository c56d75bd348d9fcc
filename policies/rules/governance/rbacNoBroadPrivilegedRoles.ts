import type { RoleAssignmentArgs } from "@pulumi/azure-native/authorization";
import { Props, resourceRule, T } from "../../lib";

/** Built-in role definition GUIDs that grant control-plane or access-management power. */
const PRIVILEGED: Readonly<Record<string, string>> = {
  "8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
  "b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
  "18d7d88d-d35e-4fb5-a5c3-7773c4a72b9d": "User Access Administrator",
};

export const rbacNoBroadPrivilegedRoles = resourceRule({
  name: "rbac-no-broad-privileged-roles",
  description:
    "Role assignments grant task-specific roles, not Owner, Contributor or User Access Administrator.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["azpol:Audit usage of custom RBAC roles", "mcsb:PA-7"],
  remediationSteps:
    "Assign the narrowest built-in role that fits (e.g. Storage Blob Data Reader, AzureML Data Scientist, Cognitive Services OpenAI User).",
  url: "https://learn.microsoft.com/azure/role-based-access-control/best-practices",
  types: [T.roleAssignment],
  validate: (props: Props<RoleAssignmentArgs>, ctx) => {
    const id = String(props.roleDefinitionId).toLowerCase();
    const guid = id.slice(id.lastIndexOf("/") + 1);
    const role = PRIVILEGED[guid];
    if (role !== undefined) {
      ctx.report(`roleDefinitionId is the built-in '${role}' role; assign a narrower role.`);
    }
  },
});
