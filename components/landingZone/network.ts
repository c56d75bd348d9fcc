import type * as pulumi from "@pulumi/pulumi";
import type { InputValidator } from "../common";
import {
  LandingZoneNetwork,
  LandingZoneNetworkArgs,
  SubnetRole,
  validateLandingZoneNetworkArgs,
} from "../network";
import type { Zone } from "./resolve";

export function networkArgs(zone: Zone): LandingZoneNetworkArgs {
  const override = zone.args.network;
  return { ...zone.common, ...override, tags: zone.tagsFor(override?.tags) };
}

export function buildNetwork(zone: Zone, parent: pulumi.Resource): LandingZoneNetwork {
  return new LandingZoneNetwork(`${zone.name}-network`, networkArgs(zone), { parent });
}

/** Checks the network overrides; returns the subnet plan the cluster's checks need. */
export function validateNetwork(
  v: InputValidator,
  zone: Zone,
): Partial<Record<SubnetRole, string>> {
  return validateLandingZoneNetworkArgs(v.within("network"), networkArgs(zone));
}
