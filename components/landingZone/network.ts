import type * as pulumi from "@pulumi/pulumi";
import { EgressArgs, LandingZoneNetwork, LandingZoneNetworkArgs } from "../network";
import type { Zone } from "./resolve";

export function networkArgs(
  zone: Zone,
  deps: { egress?: EgressArgs } = {},
): LandingZoneNetworkArgs {
  const override = zone.args.network;
  return { ...zone.common, ...override, egress: deps.egress, tags: zone.tagsFor(override?.tags) };
}

export function buildNetwork(
  zone: Zone,
  parent: pulumi.Resource,
  deps: { egress?: EgressArgs } = {},
): LandingZoneNetwork {
  return new LandingZoneNetwork(`${zone.name}-network`, networkArgs(zone, deps), { parent });
}
