import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import * as privatedns from "@pulumi/azure-native/privatedns";
import {
  azureContext,
  defaultName,
  dnsZoneIdProblem,
  InputValidator,
  knownResourceId,
  landingZoneDnsZones,
  mergeTags,
  nameProblem,
  parseResourceId,
  PrivateEndpointArgs,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "../common";
import { carve, Cidr, cidrProblem, contains, overlaps, parseCidr } from "../common/cidr";
import { createEgressRoute, validateEgress } from "./egressRoute";
import { createApiManagementRules, createLateralMovementRules } from "./lateralMovement";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:network:LandingZoneNetwork";

/** The subnets of a landing zone, by role. */
export type SubnetRole = "privateEndpoints" | "aksSystem" | "aksInference" | "training";

export const subnetRoles: readonly SubnetRole[] = [
  "privateEndpoints",
  "aksSystem",
  "aksInference",
  "training",
];

/** The subnets GenAI components need, created only when asked for. */
export type GenAiSubnetRole = "agents" | "apiManagement";

export const genAiSubnetRoles: readonly GenAiSubnetRole[] = ["agents", "apiManagement"];

/** Where each role's default subnet sits inside the first address prefix: [prefix length, index]. */
const defaultLayout: Record<SubnetRole, [number, number]> = {
  privateEndpoints: [24, 0],
  aksSystem: [24, 1],
  training: [24, 2],
  // Overlay networking gives pods their own CIDR, so nodes alone draw from this /22.
  aksInference: [22, 1],
};

/** How private DNS zones for private endpoints are provided. */
export type PrivateDnsArgs =
  /** Create every zone the landing zone needs, linked to the VNet. */
  | { mode: "create" }
  /** Use central zones (hub and spoke); `zoneResourceIds` holds a `Microsoft.Network/privateDnsZones` ID per zone name. */
  | { mode: "bring"; zoneResourceIds: Record<string, pulumi.Input<string>> }
  /** Azure Policy in the hub creates the records; endpoints get no zone group. */
  | { mode: "policyManaged" };

export interface LandingZoneNetworkArgs {
  /** Required. The resource group for the VNet, NSGs and DNS zones. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The VNet's address space. With `virtualNetworkResourceId`, the brought VNet's space that the
   * default subnets are carved from (optional when every subnet is given).
   * @default ["10.42.0.0/16"] when the VNet is created here
   */
  addressPrefixes?: string[];
  /**
   * A `Microsoft.Network/virtualNetworks` ID to add the subnets to instead of creating a VNet
   * (hub and spoke, or a platform team's spoke).
   * @default - a new VNet is created
   */
  virtualNetworkResourceId?: pulumi.Input<string>;
  /** Conflicts with `virtualNetworkResourceId`. @default `vnet-<name>` */
  virtualNetworkName?: string;
  /**
   * CIDR block per subnet role. Each must lie inside `addressPrefixes` and not overlap another.
   * @default - carved from the first address prefix: privateEndpoints x.x.0.0/24, aksSystem x.x.1.0/24,
   * training x.x.2.0/24, aksInference x.x.4.0/22
   */
  subnets?: Partial<Record<SubnetRole, string>>;
  /**
   * CIDR blocks of the GenAI subnets, created only when given: `agents` (delegated to
   * `Microsoft.App/environments`, for `AiFoundry.agentSubnetResourceId`) and `apiManagement`
   * (for `AiGateway.subnetResourceId`; its NSG lets in API Management's control plane on 3443
   * and the Azure load balancer on 6390). Same rules as `subnets`.
   * @default {} (no GenAI subnet)
   */
  genAiSubnets?: Partial<Record<GenAiSubnetRole, string>>;
  /** @default { mode: "create" } */
  privateDns?: PrivateDnsArgs;
  /**
   * Where the zone's subnets send `0.0.0.0/0`: `{ firewallPrivateIpAddress }` creates a route
   * table with that default route (next hop: the firewall, e.g. `EgressFirewall.privateIpAddress`
   * or a platform team's hub firewall) and `{ routeTableResourceId }` brings one; either is
   * attached to every subnet of the zone (AKS refuses user-defined routing without one).
   * @default - no route table: egress needs a NAT gateway, or nothing leaves the subnets
   */
  egress?: EgressArgs;
  /**
   * Private DNS zones beyond the landing zone's own, created (or, with `privateDns` mode
   * `bring`, required) like them; `genAiDnsZones` holds those of AI Foundry, AI Search and
   * Cosmos DB.
   * @default []
   */
  additionalDnsZones?: string[];
  /** Tags for every child that takes tags. @default {} */
  tags?: Tags;
}

/** The zone's egress path: a firewall to route to, or a route table that already does. */
export type EgressArgs =
  /** A route table `0.0.0.0/0 -> firewallPrivateIpAddress` is created and attached. */
  | { firewallPrivateIpAddress: pulumi.Input<string> }
  /** A brought `Microsoft.Network/routeTables` ID is attached. */
  | { routeTableResourceId: pulumi.Input<string> };

/**
 * The private network of an AI landing zone: a VNet (created or brought), one subnet with its own
 * NSG per role, and the private DNS zones for every private endpoint the components create.
 * Subnets have no default outbound access; egress is explicit (NAT gateway, firewall route).
 * Every NSG denies outbound SSH and RDP to the virtual network (see `lateralMovement.ts`).
 */
export class LandingZoneNetwork extends pulumi.ComponentResource {
  public readonly virtualNetworkResourceId: pulumi.Output<string>;
  public readonly virtualNetworkName: pulumi.Output<string>;
  /** Subnet IDs by role. */
  public readonly subnetResourceIds: Record<SubnetRole, pulumi.Output<string>>;
  /** GenAI subnet IDs by role, for the roles `genAiSubnets` asked for. */
  public readonly genAiSubnetResourceIds: Partial<Record<GenAiSubnetRole, pulumi.Output<string>>>;
  /** Subnet CIDR blocks by role, for capacity checks in other components. */
  public readonly subnetAddressPrefixes: Record<SubnetRole, string>;
  /** Zone IDs by zone name; empty when DNS is policy-managed. */
  public readonly privateDnsZoneResourceIds: Record<string, pulumi.Output<string>>;
  /** Ready-made private endpoint arguments for every component in the landing zone. */
  public readonly privateEndpoint: PrivateEndpointArgs;
  /** The route table on every subnet, created or brought; `undefined` without `egress`. */
  public readonly routeTableResourceId: pulumi.Output<string> | undefined;

  constructor(name: string, args: LandingZoneNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);

    const { prefixes, privateDns } = resolveLandingZoneNetworkArgs(args);
    const v = new InputValidator(TOKEN, name);
    const { plan, genAi: genAiPrefixes } = validateLandingZoneNetworkArgs(v, args);
    v.throwIfInvalid();
    // Without a problem, every role has its CIDR.
    const subnetPrefixes = plan as Record<SubnetRole, string>;

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const brought = args.virtualNetworkResourceId;
    let vnetName: pulumi.Output<string>;
    let vnetGroup: pulumi.Output<string>;
    let vnetId: pulumi.Output<string>;
    if (brought !== undefined) {
      const parsed = pulumi.output(brought).apply((id) => parseResourceId(id));
      vnetName = parsed.apply((p) => p?.name ?? "");
      vnetGroup = parsed.apply((p) => p?.resourceGroupName ?? "");
      vnetId = pulumi.output(brought);
    } else {
      const vnet = new network.VirtualNetwork(
        `${name}-vnet`,
        {
          resourceGroupName: args.resourceGroupName,
          location: args.location,
          virtualNetworkName: args.virtualNetworkName ?? defaultName("virtualNetwork", name),
          addressSpace: { addressPrefixes: prefixes },
          tags,
        },
        { parent: this },
      );
      vnetName = pulumi.output(args.virtualNetworkName ?? defaultName("virtualNetwork", name));
      vnetGroup = pulumi.output(args.resourceGroupName);
      vnetId = knownResourceId(
        vnet,
        subscriptionId,
        vnetGroup,
        "Microsoft.Network/virtualNetworks",
        vnetName,
      );
    }

    const routeTableId = createEgressRoute(name, args, subscriptionId, tags, this);

    const subnetIds = {} as Record<SubnetRole, pulumi.Output<string>>;
    // Azure serialises changes to one VNet; creating subnets one after another avoids
    // "AnotherOperationInProgress" failures. Each subnet also waits for its NSG's rules, so it is
    // never attached to an NSG that still lets lateral SSH and RDP through.
    let previous: network.Subnet | undefined;
    const genAiIds: Partial<Record<GenAiSubnetRole, pulumi.Output<string>>> = {};
    const plannedRoles: [SubnetRole | GenAiSubnetRole, string][] = [
      ...subnetRoles.map((role): [SubnetRole, string] => [role, subnetPrefixes[role]]),
      ...genAiSubnetRoles
        .filter((role) => genAiPrefixes[role] !== undefined)
        .map((role): [GenAiSubnetRole, string] => [role, genAiPrefixes[role]!]),
    ];
    for (const [role, prefix] of plannedRoles) {
      const nsgName = defaultName("networkSecurityGroup", `${name}-${role}`);
      const nsg = new network.NetworkSecurityGroup(
        `${name}-nsg-${role}`,
        {
          resourceGroupName: args.resourceGroupName,
          location: args.location,
          networkSecurityGroupName: nsgName,
          tags,
        },
        { parent: this },
      );
      const nsgRules = [
        ...(role === "apiManagement"
          ? createApiManagementRules(name, args.resourceGroupName, nsgName, nsg, this)
          : []),
        ...createLateralMovementRules(
          name,
          role,
          args.resourceGroupName,
          nsgName,
          prefix,
          nsg,
          this,
        ),
      ];
      const subnetName = defaultName("subnet", role);
      const subnet: network.Subnet = new network.Subnet(
        `${name}-snet-${role}`,
        {
          resourceGroupName: vnetGroup,
          virtualNetworkName: vnetName,
          subnetName,
          addressPrefix: prefix,
          networkSecurityGroup: {
            id: knownResourceId(
              nsg,
              subscriptionId,
              args.resourceGroupName,
              "Microsoft.Network/networkSecurityGroups",
              nsgName,
            ),
          },
          defaultOutboundAccess: false,
          routeTable: routeTableId ? { id: routeTableId } : undefined,
          // NSG rules and route tables apply to private endpoints only when policies are enabled.
          privateEndpointNetworkPolicies: role === "privateEndpoints" ? "Enabled" : undefined,
          // The Agent Service runs in Container Apps environments injected into this subnet.
          delegations:
            role === "agents"
              ? [{ name: "agents", serviceName: "Microsoft.App/environments" }]
              : undefined,
        },
        { parent: this, dependsOn: [...(previous ? [previous] : []), ...nsgRules] },
      );
      previous = subnet;
      const id = knownResourceId(
        subnet,
        subscriptionId,
        vnetGroup,
        "Microsoft.Network/virtualNetworks/subnets",
        vnetName,
        subnetName,
      );
      if (role === "agents" || role === "apiManagement") genAiIds[role] = id;
      else subnetIds[role] = id;
    }

    const zoneIds: Record<string, pulumi.Output<string>> = {};
    if (privateDns.mode === "create") {
      for (const zoneName of dnsZonesOf(args)) {
        const zone = new privatedns.PrivateZone(
          `${name}-dns-${zoneName}`,
          {
            resourceGroupName: args.resourceGroupName,
            privateZoneName: zoneName,
            location: "global",
            tags,
          },
          { parent: this },
        );
        new privatedns.VirtualNetworkLink(
          `${name}-dns-${zoneName}-link`,
          {
            resourceGroupName: args.resourceGroupName,
            privateZoneName: zoneName,
            virtualNetworkLinkName: pulumi.interpolate`link-${vnetName}`,
            location: "global",
            virtualNetwork: { id: vnetId },
            // Endpoints register their own records through zone groups; VMs do not.
            registrationEnabled: false,
            tags,
          },
          { parent: this, dependsOn: [zone] },
        );
        zoneIds[zoneName] = knownResourceId(
          zone,
          subscriptionId,
          args.resourceGroupName,
          "Microsoft.Network/privateDnsZones",
          zoneName,
        );
      }
    } else if (privateDns.mode === "bring") {
      for (const [zoneName, id] of Object.entries(privateDns.zoneResourceIds))
        zoneIds[zoneName] = pulumi.output(id);
    }

    this.virtualNetworkResourceId = vnetId;
    this.virtualNetworkName = vnetName;
    this.subnetResourceIds = subnetIds;
    this.subnetAddressPrefixes = subnetPrefixes;
    this.genAiSubnetResourceIds = genAiIds;
    this.privateDnsZoneResourceIds = zoneIds;
    this.routeTableResourceId = routeTableId;
    this.privateEndpoint =
      privateDns.mode === "policyManaged"
        ? { subnetResourceId: subnetIds.privateEndpoints, policyManagedDns: true }
        : { subnetResourceId: subnetIds.privateEndpoints, privateDnsZoneResourceIds: zoneIds };
    this.registerOutputs({
      virtualNetworkResourceId: this.virtualNetworkResourceId,
      subnetResourceIds: this.subnetResourceIds,
      privateDnsZoneResourceIds: this.privateDnsZoneResourceIds,
    });
  }
}

/** Every zone the network provides: the landing zone's own, then the additional ones. */
function dnsZonesOf(args: LandingZoneNetworkArgs): string[] {
  const extra = (args.additionalDnsZones ?? []).filter((z) => !landingZoneDnsZones.includes(z));
  return [...landingZoneDnsZones, ...new Set(extra)];
}

/** The address space and DNS mode, defaults applied. */
export function resolveLandingZoneNetworkArgs(args: LandingZoneNetworkArgs): {
  prefixes: string[];
  privateDns: PrivateDnsArgs;
} {
  return {
    prefixes: args.addressPrefixes ?? (args.virtualNetworkResourceId ? [] : ["10.42.0.0/16"]),
    privateDns: args.privateDns ?? { mode: "create" },
  };
}

/** The subnet plan: each role's CIDR, given or carved from the address space. */
export interface NetworkPlan {
  /** The zone's subnets; a role whose CIDR is invalid or cannot be carved is missing. */
  plan: Partial<Record<SubnetRole, string>>;
  /** The GenAI subnets asked for in `genAiSubnets`. */
  genAi: Partial<Record<GenAiSubnetRole, string>>;
}

/**
 * Records every problem of `args` in `v` (a composite passes a validator `within` its own path)
 * and returns the subnet plan.
 */
export function validateLandingZoneNetworkArgs(
  v: InputValidator,
  args: LandingZoneNetworkArgs,
): NetworkPlan {
  const { prefixes, privateDns } = resolveLandingZoneNetworkArgs(args);
  v.report(
    "virtualNetworkResourceId",
    resourceIdProblem(args.virtualNetworkResourceId, "Microsoft.Network/virtualNetworks"),
  );
  v.check(
    !(args.virtualNetworkResourceId !== undefined && args.virtualNetworkName !== undefined),
    "virtualNetworkName",
    "conflicts with virtualNetworkResourceId: name a VNet to create, or bring one by ID, not both",
  );
  if (args.virtualNetworkName !== undefined) {
    v.report("virtualNetworkName", nameProblem("virtualNetwork", args.virtualNetworkName));
  }
  v.report("tags", tagProblems(args.tags));
  validateEgress(v, args.egress);

  const space: Cidr[] = [];
  prefixes.forEach((prefix, i) => {
    const problem = cidrProblem(prefix);
    v.report(`addressPrefixes[${i}]`, problem);
    const parsed = parseCidr(prefix);
    if (parsed) space.push(parsed);
  });
  if (args.virtualNetworkResourceId === undefined) {
    v.check(
      prefixes.length > 0,
      "addressPrefixes",
      'needs at least one CIDR block, e.g. ["10.42.0.0/16"]',
    );
  }
  space.forEach((a, i) =>
    space.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) v.fail("addressPrefixes", `${a.text} overlaps ${b.text}`);
    }),
  );

  const plan: Partial<Record<SubnetRole, string>> = {};
  const planned: { role: SubnetRole | GenAiSubnetRole; cidr: Cidr }[] = [];
  for (const role of subnetRoles) {
    const given = args.subnets?.[role];
    const path = `subnets.${role}`;
    let text = given;
    if (text === undefined) {
      const [length, index] = defaultLayout[role];
      text = space.length > 0 ? carve(space[0], length, index) : undefined;
      if (text === undefined) {
        v.fail(
          path,
          space.length > 0
            ? `has no default: ${space[0].text} is too small to carve a /${length} at block ${index}; give the subnet's CIDR or a /21 or larger address space`
            : "is required when the VNet is brought without addressPrefixes",
        );
        continue;
      }
    } else {
      const problem = cidrProblem(text);
      if (problem) {
        v.fail(path, problem);
        continue;
      }
    }
    const cidr = parseCidr(text)!;
    if (space.length > 0 && !space.some((s) => contains(s, cidr))) {
      v.fail(path, `${text} is outside the address space ${space.map((s) => s.text).join(", ")}`);
    }
    v.check(
      cidr.prefixLength <= 29,
      path,
      `${text} is too small: Azure subnets must be /29 or larger`,
    );
    const clash = planned.find((p) => overlaps(p.cidr, cidr));
    if (clash) v.fail(path, `${text} overlaps subnets.${clash.role} (${clash.cidr.text})`);
    planned.push({ role, cidr });
    plan[role] = text;
  }
  const genAi: Partial<Record<GenAiSubnetRole, string>> = {};
  for (const role of genAiSubnetRoles) {
    const text = args.genAiSubnets?.[role];
    if (text === undefined) continue;
    const path = `genAiSubnets.${role}`;
    const problem = cidrProblem(text);
    if (problem) {
      v.fail(path, problem);
      continue;
    }
    const cidr = parseCidr(text)!;
    if (space.length > 0 && !space.some((s) => contains(s, cidr))) {
      v.fail(path, `${text} is outside the address space ${space.map((s) => s.text).join(", ")}`);
    }
    const clash = planned.find((p) => overlaps(p.cidr, cidr));
    if (clash) v.fail(path, `${text} overlaps subnets.${clash.role} (${clash.cidr.text})`);
    planned.push({ role, cidr });
    genAi[role] = text;
  }

  (args.additionalDnsZones ?? []).forEach((zone, i) =>
    v.check(
      /^privatelink\.([a-z0-9-]+\.)+[a-z]{2,}$/.test(zone),
      `additionalDnsZones[${i}]`,
      `"${zone}" is not a private-link zone name: use one like privatelink.search.windows.net`,
    ),
  );
  if (privateDns.mode === "bring") {
    for (const zone of dnsZonesOf(args)) {
      const id = privateDns.zoneResourceIds[zone];
      const path = `privateDns.zoneResourceIds["${zone}"]`;
      if (id === undefined)
        v.fail(path, "is required: bring an ID for every zone the landing zone uses");
      else v.report(path, dnsZoneIdProblem(id, zone));
    }
  } else if (!["create", "policyManaged"].includes((privateDns as { mode: string }).mode)) {
    v.fail(
      "privateDns.mode",
      `"${(privateDns as { mode: string }).mode}" is not a mode: use create, bring or policyManaged`,
    );
  }
  return { plan, genAi };
}
