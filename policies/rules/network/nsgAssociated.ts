import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, stackRule, T } from "../../lib";

/** Resources that associate an NSG: subnets (standalone or inline in a VNet) and NICs. */
const ASSOCIATES = [T.subnet, T.virtualNetwork, T.networkInterface];

/** The NSG's name as the stack knows it, lower case, or undefined when unknown. */
function nsgName(nsg: PolicyResource): string | undefined {
  const name = peek(() => nsg.props.networkSecurityGroupName as unknown);
  return typeof name === "string" ? name.toLowerCase() : undefined;
}

/** The NSG IDs `holder` sets (its own, or its inline subnets'), those known at this point. */
function nsgIds(holder: PolicyResource): string[] {
  const ids = peek(() => {
    const props = holder.props;
    const owners: any[] = holder.type === T.virtualNetwork ? (props.subnets ?? []) : [props];
    return owners.map((o) => o?.networkSecurityGroup?.id as unknown);
  });
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}

/** Whether `holder` names the NSG in a known ID (`.../networkSecurityGroups/<name>`). */
function namesInId(holder: PolicyResource, name: string): boolean {
  return nsgIds(holder).some((id) => id.toLowerCase().endsWith(`/networksecuritygroups/${name}`));
}

export const nsgAssociated = stackRule({
  name: "nsg-associated",
  description:
    "Every network security group in the stack is associated with a subnet or a network interface.",
  severity: "low",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["psrule:Azure.NSG.Associated"],
  remediationSteps:
    "Set networkSecurityGroup.id on the subnet (or network interface) the NSG is meant to protect, or remove the NSG.",
  url: "https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works",
  types: [T.networkSecurityGroup, ...ASSOCIATES],
  subject: T.networkSecurityGroup,
  validate: (resources, ctx) => {
    const holders = ofType(resources, ASSOCIATES);
    for (const nsg of ofType(resources, [T.networkSecurityGroup])) {
      // A graph edge decides; a known ID naming the NSG decides when the edge is missing.
      if (holders.some((h) => h.dependencies.some((d) => d.urn === nsg.urn))) continue;
      const name = nsgName(nsg);
      if (name === undefined || holders.some((h) => namesInId(h, name))) continue;
      ctx.report(
        `The network security group '${nsg.name}' is associated with no subnet or network interface in the stack; associate it or remove it.`,
        nsg,
      );
    }
  },
});
