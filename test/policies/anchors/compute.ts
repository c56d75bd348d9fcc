import { T } from "../../../policies/lib";
import { scaleSet, vm } from "../rules/compute/fixtures";
import type { AnchorCase } from "./anchorCase";

const vmWith = (edit: (props: Record<string, any>) => void) => {
  const props = vm();
  edit(props);
  return { type: T.virtualMachine, props };
};
const scaleSetWith = (edit: (props: Record<string, any>) => void) => {
  const props = scaleSet();
  edit(props);
  return { type: T.virtualMachineScaleSet, props };
};

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_49",
    policy: "vm-password-auth-disabled",
    resource: scaleSetWith((p) => {
      p.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication = false;
      p.virtualMachineProfile.osProfile.adminPassword = "not-a-key";
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_97",
    policy: "vm-encryption-at-host",
    resource: scaleSetWith((p) => {
      p.virtualMachineProfile.securityProfile.encryptionAtHost = false;
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_149",
    policy: "vm-password-auth-disabled",
    resource: vmWith((p) => {
      p.osProfile.linuxConfiguration.disablePasswordAuthentication = false;
    }),
  },
];
