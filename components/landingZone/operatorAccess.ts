import * as pulumi from "@pulumi/pulumi";
import { carve, DiagnosticSettingArgs, parseCidr } from "../common";
import { Bastion, BuildAgents, JumpBox } from "../hub";
import type { LandingZoneNetwork } from "../network";
import { spokeAddressPrefixes } from "./hub";
import type { AiLandingZoneArgs } from "./args";
import type { Zone } from "./resolve";

/** Where each operator subnet sits in the spoke's first prefix: [prefix length, index]. */
const operatorLayout = {
  bastion: [26, 12],
  jumpBox: [27, 26],
  buildAgents: [26, 14],
} as const;

export type OperatorRole = keyof typeof operatorLayout;

/** The default CIDR block of an operator subnet, or `undefined` when it cannot be carved. */
export function operatorSubnetPrefix(
  args: AiLandingZoneArgs,
  role: OperatorRole,
): string | undefined {
  const first = spokeAddressPrefixes(args)[0];
  const space = first === undefined ? undefined : parseCidr(first);
  const [length, index] = operatorLayout[role];
  return space && carve(space, length, index);
}

/** `operatorAccess`: Bastion and a jump box, and build agents with `enableBuildAgents`. */
export function wantsOperatorAccess(zone: Zone): boolean {
  return zone.args.operatorAccess !== undefined;
}

export interface OperatorAccess {
  bastion: Bastion;
  jumpBox: JumpBox;
  buildAgents: BuildAgents | undefined;
}

export interface OperatorAccessDeps {
  network: Pick<
    LandingZoneNetwork,
    "virtualNetworkResourceId" | "subnetResourceIds" | "routeTableResourceId"
  >;
  diagnostics: DiagnosticSettingArgs[];
}

/** The VNet's ID, resolved only once `after` exist: Azure changes one VNet's subnets one at a time. */
function vnetAfter(
  vnetId: pulumi.Input<string>,
  after: pulumi.Input<string>[],
): pulumi.Output<string> {
  return pulumi.all([vnetId, ...after]).apply(([id]) => id);
}

export function buildOperatorAccess(
  zone: Zone,
  parent: pulumi.Resource,
  deps: OperatorAccessDeps,
): OperatorAccess {
  const access = zone.args.operatorAccess!;
  const vnet = deps.network.virtualNetworkResourceId;
  const common = { ...zone.common, routeTableResourceId: deps.network.routeTableResourceId };

  const bastion = new Bastion(
    `${zone.name}-bastion`,
    {
      ...zone.common,
      virtualNetworkResourceId: vnetAfter(vnet, Object.values(deps.network.subnetResourceIds)),
      subnetPrefix: operatorSubnetPrefix(zone.args, "bastion")!,
      diagnosticSettings: deps.diagnostics,
      ...access.bastion,
      tags: zone.tagsFor(access.bastion?.tags),
    },
    { parent },
  );
  const jumpBox = new JumpBox(
    `${zone.name}-jumpbox`,
    {
      ...common,
      virtualNetworkResourceId: vnetAfter(vnet, [bastion.subnetResourceId]),
      subnetPrefix: operatorSubnetPrefix(zone.args, "jumpBox")!,
      bastionSubnetPrefix: bastion.subnetPrefix,
      adminSshPublicKey: access.adminSshPublicKey,
      ...access.jumpBox,
      tags: zone.tagsFor(access.jumpBox?.tags),
    },
    { parent },
  );
  const buildAgents =
    access.enableBuildAgents === true
      ? new BuildAgents(
          `${zone.name}-agents`,
          {
            ...common,
            virtualNetworkResourceId: vnetAfter(vnet, [jumpBox.subnetResourceId]),
            subnetPrefix: operatorSubnetPrefix(zone.args, "buildAgents")!,
            adminSshPublicKey: access.adminSshPublicKey,
            ...access.buildAgents,
            tags: zone.tagsFor(access.buildAgents?.tags),
          },
          { parent },
        )
      : undefined;
  return { bastion, jumpBox, buildAgents };
}
