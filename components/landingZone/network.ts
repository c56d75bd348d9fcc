import type * as pulumi from "@pulumi/pulumi";
import { LandingZoneNetwork, LandingZoneNetworkArgs } from "../network";
import type { Zone } from "./resolve";

export function networkArgs(zone: Zone): LandingZoneNetworkArgs {
  const override = zone.args.network;
  return { ...zone.common, ...override, tags: zone.tagsFor(override?.tags) };
}

export function buildNetwork(zone: Zone, parent: pulumi.Resource): LandingZoneNetwork {
  return new LandingZoneNetwork(`${zone.name}-network`, networkArgs(zone), { parent });
}
