import { resourceRule } from "../../lib";
import { VM_TYPES, vmProfileOf } from "./lib/vmProfiles";

export const vmEncryptionAtHost = resourceRule({
  name: "vm-encryption-at-host",
  description: "VMs and scale sets encrypt temporary disks and disk caches at the host.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["checkov:CKV_AZURE_97", "mcsb:DP-4"],
  remediationSteps:
    "Set securityProfile.encryptionAtHost to true (register the EncryptionAtHost feature on the subscription first).",
  url: "https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data",
  types: VM_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    const { profile, at } = vmProfileOf(ctx.type, props);
    const value = profile.securityProfile?.encryptionAtHost;
    if (value !== true) {
      ctx.report(
        `${at}securityProfile.encryptionAtHost is ${String(value ?? "not set")}; set it to true.`,
      );
    }
  },
});
