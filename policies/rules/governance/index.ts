import type { WafPolicy } from "../../lib";
import { customRoleNoBroadActions } from "./customRoleNoBroadActions";
import { disallowPreviewApiVersions } from "./disallowPreviewApiVersions";
import { onlineEndpointTrafficValid } from "./onlineEndpointTrafficValid";
import { rbacNoBroadPrivilegedRoles } from "./rbacNoBroadPrivilegedRoles";
import { requiredTags } from "./requiredTags";
import { resourceNameFormat } from "./resourceNameFormat";
import { resourceNameValid } from "./resourceNameValid";
import { stackHasBudget } from "./stackHasBudget";
import { stackHasGovernanceBaseline } from "./stackHasGovernanceBaseline";
import { statefulResourcesProtected } from "./statefulResourcesProtected";
import { workspaceStorageCmk } from "./workspaceStorageCmk";

export { exemptionsReport } from "./exemptionsReport";
export { exemptionsValid } from "./exemptionsValid";

/** Tags, names, budgets, role assignments and definitions, API versions and cross-resource stack rules. */
export const governanceRules: WafPolicy[] = [
  requiredTags,
  rbacNoBroadPrivilegedRoles,
  customRoleNoBroadActions,
  disallowPreviewApiVersions,
  statefulResourcesProtected,
  stackHasBudget,
  stackHasGovernanceBaseline,
  workspaceStorageCmk,
  onlineEndpointTrafficValid,
  resourceNameValid,
  resourceNameFormat,
];
