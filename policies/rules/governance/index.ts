import type { WafPolicy } from "../../lib";
import { customRoleNoBroadActions } from "./customRoleNoBroadActions";
import { disallowPreviewApiVersions } from "./disallowPreviewApiVersions";
import { onlineEndpointTraffic } from "./onlineEndpointTraffic";
import { rbacNoBroadPrivilegedRoles } from "./rbacNoBroadPrivilegedRoles";
import { requiredTags } from "./requiredTags";
import { resourceNameFormat } from "./resourceNameFormat";
import { resourceNameValid } from "./resourceNameValid";
import { stackHasBudget } from "./stackHasBudget";
import { workspaceStorageCmk } from "./workspaceStorageCmk";
import { statefulResourcesProtected } from "./statefulResourcesProtected";

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
  workspaceStorageCmk,
  onlineEndpointTraffic,
  resourceNameValid,
  resourceNameFormat,
];
