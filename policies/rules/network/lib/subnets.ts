/**
 * Reading subnets the same way whether they are inline in a `VirtualNetwork` (`subnets[]`) or
 * standalone `Subnet` resources. Not a policy: the subnet policies share it.
 */
import { T } from "../../../lib";

/** One subnet as a policy reads it, with its name and how to refer to it in a message. */
export interface SubnetRef {
  /** The subnet's inputs (behind the SDK's proxy). */
  readonly subnet: Record<string, any>;
  /** The subnet's name when the inputs set it. */
  readonly name: string | undefined;
  /** `subnets[1] ('snet-aks')` for an inline subnet, `The subnet` for a `Subnet`. */
  readonly where: string;
}

/** The subnets a resource declares: the VNet's inline subnets, or the subnet itself. */
export function subnetsOf(type: string, props: Record<string, any>): SubnetRef[] {
  if (type === T.subnet) {
    const name = "subnetName" in props ? String(props.subnetName) : undefined;
    return [{ subnet: props, name, where: "The subnet" }];
  }
  if (!("subnets" in props)) return [];
  const subnets: Record<string, any>[] = props.subnets ?? [];
  return subnets.map((subnet, i) => {
    const name = "name" in subnet ? String(subnet.name) : undefined;
    return { subnet, name, where: `subnets[${i}]${name === undefined ? "" : ` ('${name}')`}` };
  });
}

/** True when the subnet's name is one of `names` (Azure compares subnet names case-insensitively). */
export function named(ref: SubnetRef, names: readonly string[]): boolean {
  const name = ref.name?.toLowerCase();
  return name !== undefined && names.some((n) => n.toLowerCase() === name);
}

/** True when the subnet is delegated to one of `services` (any service when none are given). */
export function delegatedTo(ref: SubnetRef, services?: readonly string[]): boolean {
  if (!("delegations" in ref.subnet)) return false;
  const delegations: Record<string, any>[] = ref.subnet.delegations ?? [];
  if (services === undefined) return delegations.length > 0;
  return delegations.some((d) =>
    services.some((s) => s.toLowerCase() === String(d.serviceName).toLowerCase()),
  );
}
