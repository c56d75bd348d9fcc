import type { RoleAssignmentArgs } from "@pulumi/azure-native/authorization";
import { builtInRoleOf, PRIVILEGED_ROLES, Props, resourceRule, T } from "../../lib";

export const rbacNoBroadPrivilegedRoles = resourceRule({
  name: "rbac-no-broad-privileged-roles",
  description:
    "Role assignments grant task-specific roles, not Owner, Contributor, User Access Administrator or Role Based Access Control Administrator.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["azpol:Audit usage of custom RBAC roles", "mcsb:PA-7"],
  remediationSteps:
    "Assign the narrowest built-in role that fits (e.g. Storage Blob Data Reader, AzureML Data Scientist, Cognitive Services OpenAI User).",
  url: "https://learn.microsoft.com/azure/role-based-access-control/best-practices",
  types: [T.roleAssignment],
  validate: (props: Props<RoleAssignmentArgs>, ctx) => {
    const role = builtInRoleOf(String(props.roleDefinitionId));
    if (role !== undefined && PRIVILEGED_ROLES.includes(role)) {
      ctx.report(`roleDefinitionId is the built-in '${role}' role; assign a narrower role.`);
    }
  },
});
