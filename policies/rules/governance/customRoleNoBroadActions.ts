import type { RoleDefinitionArgs } from "@pulumi/azure-native/authorization";
import { peek, Props, resourceRule, skipUnknown, T, UNRESOLVED } from "../../lib";

/** The action that lets a role grant any role to anyone. */
const ROLE_ASSIGNMENT_WRITE = "microsoft.authorization/roleassignments/write";

/** Whether an action pattern (`*` wildcards, case-insensitive) matches `action`. */
function matches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .toLowerCase()
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")}$`,
  );
  return re.test(action);
}

/** Scopes broad enough to matter: the root, a management group, a subscription or a resource group. */
const BROAD_SCOPE =
  /^\/$|^\/providers\/microsoft\.management\/managementgroups\/[^/]+$|^\/subscriptions\/[^/]+(\/resourcegroups\/[^/]+)?$/i;

export const customRoleNoBroadActions = resourceRule({
  name: "custom-role-no-broad-actions",
  description:
    "Custom role definitions assignable at subscription or resource group scope grant neither every action ('*') nor the right to write role assignments.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["checkov:CKV_AZURE_39", "azpol:Audit usage of custom RBAC roles", "mcsb:PA-7"],
  remediationSteps:
    "List the specific actions the role needs in permissions[].actions instead of '*' or Microsoft.Authorization/* write actions, or narrow assignableScopes to single resources.",
  url: "https://learn.microsoft.com/azure/role-based-access-control/custom-roles",
  types: [T.roleDefinition],
  validate: (props: Props<RoleDefinitionArgs>, ctx) => {
    const findings: string[] = [];
    (props.permissions ?? []).forEach((permission, i) => {
      const actions = (permission.actions ?? []).map(String);
      const denied = (permission.notActions ?? []).map(String);
      if (actions.includes("*")) {
        findings.push(`permissions[${i}].actions grants every action ('*')`);
        return;
      }
      const writer = actions.find((a) => matches(a, ROLE_ASSIGNMENT_WRITE));
      if (writer !== undefined && !denied.some((d) => matches(d, ROLE_ASSIGNMENT_WRITE))) {
        findings.push(`permissions[${i}].actions '${writer}' lets holders write role assignments`);
      }
    });
    if (findings.length === 0) return;
    // Only now do the scopes matter; they are often composed from outputs.
    // Without assignableScopes the role is assignable at the scope it is created in.
    const readScopes = (): string[] =>
      "assignableScopes" in props
        ? (props.assignableScopes ?? []).map(String)
        : [String(props.scope)];
    const scopes = peek(readScopes);
    if (scopes === UNRESOLVED) skipUnknown(readScopes);
    const broad = (scopes as string[]).find((s) => BROAD_SCOPE.test(s));
    if (broad === undefined) return;
    for (const finding of findings) {
      ctx.report(`${finding} at scope '${broad}'; list only the actions the role needs.`);
    }
  },
});
