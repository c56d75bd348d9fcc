import type { WafPolicy } from "../../lib";
import { disallowPreviewApiVersions } from "./disallowPreviewApiVersions";
import { onlineEndpointTraffic } from "./onlineEndpointTraffic";
import { rbacNoBroadPrivilegedRoles } from "./rbacNoBroadPrivilegedRoles";
import { requiredTags } from "./requiredTags";
import { stackHasBudget } from "./stackHasBudget";
import { workspaceStorageCmk } from "./workspaceStorageCmk";
import { statefulResourcesProtected } from "./statefulResourcesProtected";

export { exemptionsReport } from "./exemptionsReport";
export { exemptionsValid } from "./exemptionsValid";

/** Tags, budgets, role assignments, API versions and cross-resource stack rules. */
export const governanceRules: WafPolicy[] = [
  requiredTags,
  rbacNoBroadPrivilegedRoles,
  disallowPreviewApiVersions,
  statefulResourcesProtected,
  stackHasBudget,
  workspaceStorageCmk,
  onlineEndpointTraffic,
];
