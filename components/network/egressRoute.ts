import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import {
  defaultName,
  InputValidator,
  knownResourceId,
  plain,
  resourceIdProblem,
  Tags,
} from "../common";
import { IPV4_ADDRESS_PATTERN } from "../../policies/facts/ipv4";
import type { EgressArgs, LandingZoneNetworkArgs } from "./landingZoneNetwork";

/** Checks `egress`: exactly one of a firewall address or a route table ID, each well formed. */
export function validateEgress(v: InputValidator, egress: EgressArgs | undefined): void {
  if (egress === undefined) return;
  const ip = "firewallPrivateIpAddress" in egress ? egress.firewallPrivateIpAddress : undefined;
  const table = "routeTableResourceId" in egress ? egress.routeTableResourceId : undefined;
  v.check(
    (ip === undefined) !== (table === undefined),
    "egress",
    "set exactly one of firewallPrivateIpAddress (a route table is created) or routeTableResourceId (a brought one)",
  );
  const known = plain(ip);
  v.check(
    known === undefined || IPV4_ADDRESS_PATTERN.test(known),
    "egress.firewallPrivateIpAddress",
    `"${known}" is not an IPv4 address: use the firewall's private address, e.g. 10.40.0.4`,
  );
  v.report(
    "egress.routeTableResourceId",
    resourceIdProblem(table, "Microsoft.Network/routeTables"),
  );
}

/**
 * The route table every subnet of the zone gets: created with one route, `0.0.0.0/0` to the
 * firewall, with BGP route propagation off so no gateway-learned default route bypasses it; or
 * the brought table's ID. `undefined` without `egress`.
 */
export function createEgressRoute(
  name: string,
  args: LandingZoneNetworkArgs,
  subscriptionId: pulumi.Input<string>,
  tags: Tags,
  parent: pulumi.Resource,
): pulumi.Output<string> | undefined {
  const egress = args.egress;
  if (egress === undefined) return undefined;
  if ("routeTableResourceId" in egress) return pulumi.output(egress.routeTableResourceId);
  const routeTableName = defaultName("routeTable", name);
  const table = new network.RouteTable(
    `${name}-routes`,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      routeTableName,
      disableBgpRoutePropagation: true,
      routes: [
        {
          name: "default-via-firewall",
          addressPrefix: "0.0.0.0/0",
          nextHopType: "VirtualAppliance",
          nextHopIpAddress: egress.firewallPrivateIpAddress,
        },
      ],
      tags,
    },
    { parent },
  );
  return knownResourceId(
    table,
    subscriptionId,
    args.resourceGroupName,
    "Microsoft.Network/routeTables",
    routeTableName,
  );
}
