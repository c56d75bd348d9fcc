import type * as pulumi from "@pulumi/pulumi";
import type { InputValidator } from "../common";
import {
  EgressArgs,
  LandingZoneNetwork,
  LandingZoneNetworkArgs,
  SubnetRole,
  validateLandingZoneNetworkArgs,
} from "../network";
import { genAiNetworkArgs, validateGenAiSubnets } from "./genAiNetwork";
import type { Zone } from "./resolve";

export function networkArgs(
  zone: Zone,
  deps: { egress?: EgressArgs } = {},
): LandingZoneNetworkArgs {
  const override = zone.args.network;
  const args = { ...zone.common, ...override };
  return {
    ...args,
    ...genAiNetworkArgs(zone, args),
    egress: deps.egress,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildNetwork(
  zone: Zone,
  parent: pulumi.Resource,
  deps: { egress?: EgressArgs } = {},
): LandingZoneNetwork {
  return new LandingZoneNetwork(`${zone.name}-network`, networkArgs(zone, deps), { parent });
}

/**
 * Checks the network overrides and the GenAI subnets the enabled children need; returns the
 * subnet plan the cluster's checks need.
 */
export function validateNetwork(
  v: InputValidator,
  zone: Zone,
): Partial<Record<SubnetRole, string>> {
  const args = networkArgs(zone);
  validateGenAiSubnets(v, zone, args);
  return validateLandingZoneNetworkArgs(v.within("network"), args).plan;
}
