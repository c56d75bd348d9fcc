import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const acrAdminUserDisabled = resourceRule({
  name: "acr-admin-user-disabled",
  description: "Container registries keep the shared admin account disabled.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_137",
    "azpol:Container registries should have local admin account disabled.",
    "psrule:Azure.ACR.AdminUser",
    "mcsb:IM-1",
  ],
  remediationSteps:
    "Remove adminUserEnabled or set it to false; grant AcrPull/AcrPush roles to managed identities instead.",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (setToOtherThan(props.adminUserEnabled, false)) {
      ctx.report(`adminUserEnabled must be false; it is ${shown(props.adminUserEnabled)}.`);
    }
  },
});
