/**
 * Checkov and PSRule for Azure rules on role assignments, role definitions, user-assigned
 * identities and locks. Read from bridgecrewio/checkov and Azure/PSRule.Rules.Azure (v1.48).
 * Neither scanner has a rule on management locks.
 */
import { T } from "../../../lib";
import type { PeerRule } from "../peerRule";

/** PSRule's RBAC rules run on an exported subscription and count every assignment on it. */
const SUBSCRIPTION =
  "Evaluated by PSRule on an exported subscription (type Microsoft.Subscription), counting the role assignments of the whole subscription; a stack sees only its own, so the count cannot be decided at deploy time";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_39",
    checks: "No custom role grants '*' actions at subscription scope.",
    types: [T.roleDefinition],
  },
  {
    anchor: "psrule:Azure.Identity.UserAssignedName",
    checks: "User-assigned identity names meet Azure's naming rules.",
    types: [T.userAssignedIdentity],
  },
  {
    anchor: "psrule:Azure.RBAC.CoAdministrator",
    checks: "No classic co-administrators.",
    types: [T.roleAssignment],
    outOfScope:
      "Classic subscription co-administrators are not Azure RBAC role assignments; no azure-native resource creates them.",
  },
  {
    anchor: "psrule:Azure.RBAC.LimitMGDelegation",
    checks: "At most 3 role assignments are inherited from management groups.",
    types: [T.roleAssignment],
    outOfScope: `${SUBSCRIPTION}.`,
  },
  {
    anchor: "psrule:Azure.RBAC.LimitOwner",
    checks: "At most 3 Owners at subscription scope.",
    types: [T.roleAssignment],
    outOfScope: `${SUBSCRIPTION} (rbac-no-broad-privileged-roles refuses every Owner assignment a stack makes).`,
  },
  {
    anchor: "psrule:Azure.RBAC.PIM",
    checks: "The subscription is managed by Privileged Identity Management.",
    types: [T.roleAssignment],
    outOfScope:
      "Evaluated by PSRule on an exported subscription (type Microsoft.Subscription): it looks for the MS-PIM service principal's assignment, which Entra ID creates when PIM manages the subscription; no stack resource decides it.",
  },
  {
    anchor: "psrule:Azure.RBAC.UseGroups",
    checks: "At most 5 role assignments name individual users.",
    types: [T.roleAssignment],
    outOfScope: `${SUBSCRIPTION}.`,
  },
  {
    anchor: "psrule:Azure.RBAC.UseRGDelegation",
    checks: "No role assignments are scoped to individual resources within a resource group.",
    types: [T.roleAssignment],
    outOfScope:
      "Evaluated by PSRule on an exported resource group's live assignments; and the pack scopes data-plane roles to single resources on purpose (WAF least privilege), which this rule would reject.",
  },
];
