/**
 * Checkov and PSRule for Azure rules on virtual machines and scale sets (jump boxes, build
 * agents) that the pack implements. Read from bridgecrewio/checkov (Terraform checks for
 * `azurerm_linux_virtual_machine` and `azurerm_linux_virtual_machine_scale_set`).
 */
import { T } from "../../../lib";
import type { PeerRule } from "../peerRule";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_49",
    checks: "Linux scale sets use SSH keys, not password authentication.",
    types: [T.virtualMachineScaleSet],
  },
  {
    anchor: "checkov:CKV_AZURE_97",
    checks: "Scale sets encrypt at the host.",
    types: [T.virtualMachineScaleSet],
  },
  {
    anchor: "checkov:CKV_AZURE_149",
    checks: "Linux VMs disable password authentication.",
    types: [T.virtualMachine],
  },
];
