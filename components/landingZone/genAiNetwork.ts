import { carve, parseCidr, privateDnsZonesByGroupId, PrivateLinkGroupId } from "../common";
import type { InputValidator } from "../common";
import { GenAiSubnetRole, LandingZoneNetworkArgs, resolveLandingZoneNetworkArgs } from "../network";
import type { Zone } from "./resolve";

/**
 * Where each GenAI subnet sits by default in the zone's first address prefix, [prefix length,
 * index]: x.x.8.0/24 and x.x.9.0/27, clear of the zone's subnets (x.x.0-7) and operator access
 * (x.x.3).
 */
const defaultLayout: Record<GenAiSubnetRole, [number, number]> = {
  agents: [24, 8],
  apiManagement: [27, 72],
};

/** The GenAI subnets the enabled children need, with the option that needs each. */
function wantedSubnets(zone: Zone): [GenAiSubnetRole, string][] {
  const wanted: [GenAiSubnetRole, string][] = [];
  if (zone.args.enableFoundry === true) wanted.push(["agents", "enableFoundry"]);
  if (zone.args.enableGateway === true) wanted.push(["apiManagement", "enableGateway"]);
  return wanted;
}

/** The private-link groups of the enabled children whose DNS zones the network adds. */
function wantedGroups(zone: Zone): PrivateLinkGroupId[] {
  const groups: PrivateLinkGroupId[] = [];
  if (zone.args.enableFoundry === true) groups.push("aiServices");
  if (zone.args.enableSearch === true) groups.push("searchService");
  if (zone.args.enableCosmos === true) groups.push("Sql");
  return groups;
}

/**
 * The GenAI subnets and DNS zones the enabled children need, added to the network's own
 * arguments; a subnet or zone the override names wins.
 */
export function genAiNetworkArgs(
  zone: Zone,
  network: LandingZoneNetworkArgs,
): Pick<LandingZoneNetworkArgs, "genAiSubnets" | "additionalDnsZones"> {
  const first = resolveLandingZoneNetworkArgs(network).prefixes[0];
  const space = first === undefined ? undefined : parseCidr(first);
  const subnets: Partial<Record<GenAiSubnetRole, string>> = {};
  for (const [role] of wantedSubnets(zone)) {
    const [length, index] = defaultLayout[role];
    const cidr = space === undefined ? undefined : carve(space, length, index);
    if (cidr !== undefined) subnets[role] = cidr;
  }
  const zones = wantedGroups(zone).flatMap((group) => [...privateDnsZonesByGroupId[group]]);
  const additional = [...new Set([...(network.additionalDnsZones ?? []), ...zones])];
  return {
    genAiSubnets: { ...subnets, ...network.genAiSubnets },
    additionalDnsZones: additional.length > 0 ? additional : undefined,
  };
}

/** A GenAI subnet an enabled child needs that the address space has no room for, and none given. */
export function validateGenAiSubnets(
  v: InputValidator,
  zone: Zone,
  network: LandingZoneNetworkArgs,
): void {
  for (const [role, option] of wantedSubnets(zone)) {
    const [length, index] = defaultLayout[role];
    v.check(
      network.genAiSubnets?.[role] !== undefined,
      `network.genAiSubnets.${role}`,
      `is required with ${option}: the address space has no room for the default /${length} at block ${index}; give the subnet's CIDR`,
    );
  }
}
