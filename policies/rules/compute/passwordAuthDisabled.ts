import { resourceRule } from "../../lib";
import { VM_TYPES, vmProfileOf } from "./lib/vmProfiles";

export const vmPasswordAuthDisabled = resourceRule({
  name: "vm-password-auth-disabled",
  description: "Linux VMs and scale sets accept no password login: SSH keys and Entra ID only.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["checkov:CKV_AZURE_149", "checkov:CKV_AZURE_49", "mcsb:IM-6"],
  remediationSteps:
    "Set osProfile.linuxConfiguration.disablePasswordAuthentication to true, give an SSH public key and drop adminPassword.",
  url: "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
  types: VM_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    const { profile, at } = vmProfileOf(ctx.type, props);
    const os = profile.osProfile;
    // Windows VMs and VMs attached from a disk have no Linux profile to judge.
    if (os === undefined || os.windowsConfiguration !== undefined) return;
    if (os.linuxConfiguration?.disablePasswordAuthentication !== true) {
      ctx.report(
        `${at}osProfile.linuxConfiguration.disablePasswordAuthentication is ${String(os.linuxConfiguration?.disablePasswordAuthentication ?? "not set")}; set it to true.`,
      );
    }
  },
});
