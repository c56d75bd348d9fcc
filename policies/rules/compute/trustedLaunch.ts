import { resourceRule, shown } from "../../lib";
import { VM_TYPES, vmProfileOf } from "./lib/vmProfiles";

const SECURE_TYPES = ["TrustedLaunch", "ConfidentialVM"];

export const vmTrustedLaunch = resourceRule({
  name: "vm-trusted-launch",
  description:
    "VMs and scale sets use trusted launch (or confidential VMs) with secure boot and a virtual TPM.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:vm-trusted-launch", "mcsb:PV-4"],
  remediationSteps:
    'Set securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } with a Gen2 image.',
  url: "https://learn.microsoft.com/azure/virtual-machines/trusted-launch",
  types: VM_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    const { profile, at } = vmProfileOf(ctx.type, props);
    const security = profile.securityProfile ?? {};
    if (!SECURE_TYPES.includes(security.securityType)) {
      ctx.report(
        `${at}securityProfile.securityType is ${security.securityType === undefined ? "not set" : shown(security.securityType)}; set it to "TrustedLaunch".`,
      );
      return;
    }
    for (const key of ["secureBootEnabled", "vTpmEnabled"]) {
      if (security.uefiSettings?.[key] !== true)
        ctx.report(`${at}securityProfile.uefiSettings.${key} is not true; set it to true.`);
    }
  },
});
