/**
 * Reading a VM's settings the same way for a `VirtualMachine` and a scale set's
 * `virtualMachineProfile`. Not a policy: the VM rules share it.
 */
import { T } from "../../../lib";

export const VM_TYPES = [T.virtualMachine, T.virtualMachineScaleSet];

/** The VM profile of a VM or scale set, and how to name its fields in messages. */
export function vmProfileOf(
  type: string,
  props: Record<string, any>,
): { profile: Record<string, any>; at: string } {
  if (type === T.virtualMachineScaleSet) {
    return { profile: props.virtualMachineProfile ?? {}, at: "virtualMachineProfile." };
  }
  return { profile: props, at: "" };
}
