import {
  Cidr,
  cidrProblem,
  InputValidator,
  overlaps,
  parseCidr,
  resourceIdProblem,
} from "../common";
import {
  resolveVirtualHubConnectionArgs,
  validateVirtualHubConnectionArgs,
} from "../hub/virtualHubConnection";
import { IPV4_ADDRESS_PATTERN } from "../../policies/facts/ipv4";
import type { AiLandingZoneArgs } from "./args";
import { spokeAddressPrefixes } from "./hub";
import { later } from "./standIns";
import { OperatorRole, operatorSubnetPrefix } from "./operatorAccess";

function checkFirewallIp(v: InputValidator, ip: unknown): void {
  v.check(
    typeof ip === "string" && IPV4_ADDRESS_PATTERN.test(ip),
    "hub.firewallPrivateIpAddress",
    `"${String(ip)}" is not an IPv4 address: use the hub firewall's private address, e.g. 10.0.1.4`,
  );
}

/** The well-formed blocks of a list; the child reports the malformed ones. */
function blocks(prefixes: readonly string[]): Cidr[] {
  return prefixes.filter((p) => cidrProblem(p) === undefined).map((p) => parseCidr(p)!);
}

/** Reports each hub block that overlaps the spoke's address space, at `path`. */
function checkNoOverlap(
  v: InputValidator,
  path: string,
  hub: readonly string[],
  spoke: readonly string[],
): void {
  for (const h of blocks(hub))
    for (const s of blocks(spoke))
      if (overlaps(h, s))
        v.fail(
          path,
          `${h.text} overlaps the spoke's ${s.text}: hub and spoke must not share addresses`,
        );
}

/** The composite's checks of `hub` and `operatorAccess`; the children check their own arguments. */
export function validateHubAndAccess(v: InputValidator, args: AiLandingZoneArgs): void {
  const hub = args.hub ?? { mode: "none" };
  const spoke = spokeAddressPrefixes(args);
  const mode = (hub as { mode: unknown }).mode;
  v.check(
    ["none", "create", "bring", "virtualWan"].includes(mode as string),
    "hub.mode",
    `"${String(mode)}" is not a mode: use none, create, bring or virtualWan`,
  );
  // With a virtual hub and no firewall address the zone has no route table of its own.
  const zoneRouteTable = hub.mode !== "virtualWan" || hub.firewallPrivateIpAddress !== undefined;
  if (hub.mode !== "none") {
    v.check(
      args.network?.egress === undefined,
      "network.egress",
      "conflicts with hub: the hub's firewall is the zone's egress; drop network.egress or set hub.mode none",
    );
    v.check(
      args.inferenceCluster?.routeTableResourceId === undefined || !zoneRouteTable,
      "inferenceCluster.routeTableResourceId",
      "conflicts with hub: the cluster uses the zone's route table to the hub firewall",
    );
  }
  if (hub.mode === "create") {
    v.check(
      spoke.length > 0,
      "network.addressPrefixes",
      "is required with hub.mode create and a brought VNet: the firewall admits the spoke's address space only",
    );
    checkNoOverlap(
      v,
      "hub.firewall.addressPrefixes",
      hub.firewall?.addressPrefixes ?? ["10.40.0.0/24"],
      spoke,
    );
  }
  if (hub.mode === "bring") {
    checkFirewallIp(v, hub.firewallPrivateIpAddress);
    v.report(
      "hub.virtualNetworkResourceId",
      resourceIdProblem(hub.virtualNetworkResourceId, "Microsoft.Network/virtualNetworks"),
    );
    v.check(
      hub.virtualNetworkResourceId === undefined || (hub.addressPrefixes ?? []).length > 0,
      "hub.addressPrefixes",
      "is required with hub.virtualNetworkResourceId: the peering checks that hub and spoke do not overlap",
    );
    checkNoOverlap(v, "hub.addressPrefixes", hub.addressPrefixes ?? [], spoke);
  }

  if (hub.mode === "virtualWan") validateVirtualWan(v, args, hub);

  const access = args.operatorAccess;
  if (access === undefined) return;
  v.check(
    access.enableBuildAgents === true || access.buildAgents === undefined,
    "operatorAccess.buildAgents",
    "is set while operatorAccess.enableBuildAgents is not true: enable the agents or drop their overrides",
  );
  const roles: OperatorRole[] = ["bastion", "jumpBox"];
  if (access.enableBuildAgents === true) roles.push("buildAgents");
  const given = Object.entries(args.network?.subnets ?? {});
  for (const role of roles) {
    const prefix = access[role]?.subnetPrefix ?? operatorSubnetPrefix(args, role);
    const path = `operatorAccess.${role}.subnetPrefix`;
    if (prefix === undefined) {
      v.fail(
        path,
        "has no default: the spoke's first address prefix is too small or unknown; give the subnet's CIDR",
      );
      continue;
    }
    const cidr = parseCidr(prefix);
    if (cidr === undefined) continue;
    for (const [subnetRole, other] of given) {
      const block = other === undefined ? undefined : parseCidr(other);
      if (block && overlaps(cidr, block))
        v.fail(
          path,
          `${prefix} overlaps network.subnets.${subnetRole} (${other}); give another CIDR`,
        );
    }
  }
}

type VirtualWanHub = Extract<NonNullable<AiLandingZoneArgs["hub"]>, { mode: "virtualWan" }>;

/** `hub.mode: "virtualWan"`: the connection's arguments, and the route AKS needs. */
function validateVirtualWan(v: InputValidator, args: AiLandingZoneArgs, hub: VirtualWanHub): void {
  const connection = resolveVirtualHubConnectionArgs("vhub", {
    ...hub.connection,
    virtualHubResourceId: hub.virtualHubResourceId,
    // The zone's own VNet, which the network checks.
    spokeVirtualNetworkResourceId: later(),
  });
  validateVirtualHubConnectionArgs(
    v.within((path) => {
      if (path === "virtualHubResourceId") return "hub.virtualHubResourceId";
      return path === "spokeVirtualNetworkResourceId" ? undefined : `hub.connection.${path}`;
    }),
    connection,
  );
  if (hub.firewallPrivateIpAddress !== undefined) checkFirewallIp(v, hub.firewallPrivateIpAddress);
  const cluster = args.inferenceCluster ?? {};
  v.check(
    args.enableInferenceCluster !== true ||
      hub.firewallPrivateIpAddress !== undefined ||
      cluster.routeTableResourceId !== undefined ||
      cluster.outboundType === "userAssignedNATGateway",
    "hub.firewallPrivateIpAddress",
    "is required with enableInferenceCluster and hub.mode virtualWan: AKS's userDefinedRouting needs a route table on its subnets with 0.0.0.0/0 to the firewall and does not accept the default route the hub propagates; give the secured hub firewall's private IP (or inferenceCluster.routeTableResourceId)",
  );
}
