import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

const PUBLISHER = "Microsoft.Azure.ActiveDirectory";
/** The Entra ID login extensions: SSH for Linux, RDP for Windows. */
const LOGIN_TYPES = ["AADSSHLoginForLinux", "AADLoginForWindows"];

/** Whether an extension (a resource's inputs or a scale set's inline entry) is Entra ID login. */
function isEntraLogin(ext: Record<string, any>): boolean | typeof UNRESOLVED {
  const publisher = peek(() => ext.publisher as unknown);
  const type = peek(() => ext.type as unknown);
  if (publisher === UNRESOLVED || type === UNRESOLVED) return UNRESOLVED;
  return (
    typeof publisher === "string" &&
    typeof type === "string" &&
    publisher.toLowerCase() === PUBLISHER.toLowerCase() &&
    LOGIN_TYPES.some((t) => t.toLowerCase() === type.toLowerCase())
  );
}

/** Whether two inputs name the same thing; an unknown one may. */
function mayEqual(a: unknown, b: unknown): boolean {
  if (a === UNRESOLVED || b === UNRESOLVED) return true;
  return typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether an extension resource targets the machine: through its name input (`vmName` or
 * `vmScaleSetName`), compared by value (a plain name) or by the engine's dependency graph (the
 * machine's name output), in the same resource group.
 */
function targets(ext: PolicyResource, machine: PolicyResource, nameInput: string): boolean {
  if (refersTo(ext, machine, nameInput)) return true;
  const same = (key: string) =>
    mayEqual(
      peek(() => ext.props[key] as unknown),
      peek(() => machine.props[key] as unknown),
    );
  return same(nameInput) && same("resourceGroupName");
}

/** The scale set's inline extensions, or UNRESOLVED when the list is unknown at preview. */
function inlineExtensions(scaleSet: PolicyResource): Record<string, any>[] | typeof UNRESOLVED {
  const list = peek(
    () => scaleSet.props.virtualMachineProfile?.extensionProfile?.extensions as unknown,
  );
  if (list === UNRESOLVED) return UNRESOLVED;
  return Array.isArray(list) ? (list as Record<string, any>[]) : [];
}

function hasEntraLogin(machine: PolicyResource, resources: readonly PolicyResource[]): boolean {
  const scaleSet = machine.type === T.virtualMachineScaleSet;
  const inline = scaleSet ? inlineExtensions(machine) : [];
  if (inline === UNRESOLVED || inline.some((e) => isEntraLogin(e) !== false)) return true;
  const [types, nameInput] = scaleSet
    ? [[T.virtualMachineScaleSetExtension], "vmScaleSetName"]
    : [[T.virtualMachineExtension], "vmName"];
  return ofType(resources, types).some(
    (ext) => isEntraLogin(ext.props) !== false && targets(ext, machine, nameInput),
  );
}

/** The identity type, or UNRESOLVED; Entra login needs the system-assigned identity. */
function systemAssigned(machine: PolicyResource): boolean | typeof UNRESOLVED {
  const type = peek(() => machine.props.identity?.type as unknown);
  if (type === UNRESOLVED) return UNRESOLVED;
  return typeof type === "string" && /SystemAssigned/i.test(type);
}

export const vmEntraLogin = stackRule({
  name: "vm-entra-login",
  description:
    "VMs and scale sets sign operators in with Entra ID: the AADSSHLoginForLinux or AADLoginForWindows extension targets them, and they have the system-assigned identity it needs.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:vm-entra-login", "mcsb:IM-1"],
  remediationSteps:
    'Add a VirtualMachineExtension (publisher "Microsoft.Azure.ActiveDirectory", type "AADSSHLoginForLinux" or "AADLoginForWindows") for the VM, or an entry in the scale set\'s virtualMachineProfile.extensionProfile.extensions, and set identity: { type: "SystemAssigned" }; grant operators Virtual Machine User Login.',
  url: "https://learn.microsoft.com/entra/identity/devices/howto-vm-sign-in-azure-ad-linux",
  types: [
    T.virtualMachine,
    T.virtualMachineScaleSet,
    T.virtualMachineExtension,
    T.virtualMachineScaleSetExtension,
  ],
  validate: (resources, ctx) => {
    for (const machine of ofType(resources, [T.virtualMachine, T.virtualMachineScaleSet])) {
      const kind = machine.type === T.virtualMachine ? "VM" : "scale set";
      if (!hasEntraLogin(machine, resources)) {
        ctx.report(
          `The ${kind} '${machine.name}' has no Entra ID login extension; add AADSSHLoginForLinux (or AADLoginForWindows) from Microsoft.Azure.ActiveDirectory.`,
          machine,
        );
      }
      if (systemAssigned(machine) === false) {
        ctx.report(
          `The ${kind} '${machine.name}' has no system-assigned identity, which Entra ID login needs; set identity.type to "SystemAssigned".`,
          machine,
        );
      }
    }
  },
});
