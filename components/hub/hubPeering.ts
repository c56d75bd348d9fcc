import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import { InputValidator, overlaps, parseResourceId, resourceIdProblem } from "../common";
import { cidrList } from "./egressFirewall";

const TOKEN = "ailz:hub:HubPeering";

export interface HubPeeringArgs {
  /** Required. The spoke's `Microsoft.Network/virtualNetworks` ID (`LandingZoneNetwork`'s). */
  spokeVirtualNetworkResourceId: pulumi.Input<string>;
  /** Required. The spoke's address space, checked against the hub's. */
  spokeAddressPrefixes: string[];
  /** Required. The hub's `Microsoft.Network/virtualNetworks` ID. */
  hubVirtualNetworkResourceId: pulumi.Input<string>;
  /** Required. The hub's address space; it must not overlap the spoke's. */
  hubAddressPrefixes: string[];
  /**
   * Also creates the hub's side of the peering (hub to spoke), for a hub in the same stack or
   * one this stack may change. A platform team's hub usually creates its own side.
   * @default false
   */
  createHubSide?: boolean;
  /**
   * Sends the spoke's traffic to networks behind the hub's VPN or ExpressRoute gateway. Only
   * when the hub has one: Azure rejects the peering otherwise.
   * @default false
   */
  useRemoteGateways?: boolean;
}

type ResolvedHubPeeringArgs = HubPeeringArgs &
  Required<Pick<HubPeeringArgs, "createHubSide" | "useRemoteGateways">>;

function resolve(args: HubPeeringArgs): ResolvedHubPeeringArgs {
  return {
    ...args,
    createHubSide: args.createHubSide ?? false,
    useRemoteGateways: args.useRemoteGateways ?? false,
  };
}

function validate(name: string, args: ResolvedHubPeeringArgs): void {
  const v = new InputValidator(TOKEN, name);
  for (const key of ["spokeVirtualNetworkResourceId", "hubVirtualNetworkResourceId"] as const) {
    v.check(args[key] !== undefined, key, "is required: a Microsoft.Network/virtualNetworks ID");
    v.report(key, resourceIdProblem(args[key], "Microsoft.Network/virtualNetworks"));
  }
  for (const key of ["spokeAddressPrefixes", "hubAddressPrefixes"] as const) {
    v.check(
      (args[key] ?? []).length > 0,
      key,
      'needs the VNet\'s address space, e.g. ["10.40.0.0/24"]',
    );
  }
  const spoke = cidrList(v, "spokeAddressPrefixes", args.spokeAddressPrefixes ?? []);
  const hub = cidrList(v, "hubAddressPrefixes", args.hubAddressPrefixes ?? []);
  for (const s of spoke) {
    for (const h of hub) {
      if (overlaps(s, h)) {
        v.fail(
          "hubAddressPrefixes",
          `${h.text} overlaps the spoke's ${s.text}: peered networks must not share addresses`,
        );
      }
    }
  }
  v.throwIfInvalid();
}

/** The VNet's name and group from its ID, for the peering resource that lives under it. */
function vnetParts(id: pulumi.Input<string>) {
  const parsed = pulumi.output(id).apply((i) => parseResourceId(i));
  return {
    name: parsed.apply((p) => p?.name ?? ""),
    group: parsed.apply((p) => p?.resourceGroupName ?? ""),
  };
}

/**
 * Peers the spoke with a hub VNet. The spoke's side accepts forwarded traffic (return traffic
 * the hub firewall forwards from the Internet and other spokes arrives with their source
 * addresses) and uses the hub's gateway only when asked; the hub's side, when created here,
 * forwards nothing of its own and offers no gateway transit unless the hub has a gateway. Both
 * sides allow VNet access, the point of peering. Rejects overlapping address spaces.
 */
export class HubPeering extends pulumi.ComponentResource {
  public readonly spokeToHubPeeringName: string;
  public readonly hubToSpokePeeringName: string | undefined;

  constructor(name: string, args: HubPeeringArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(args);
    validate(name, resolved);
    const spoke = vnetParts(resolved.spokeVirtualNetworkResourceId);
    const hub = vnetParts(resolved.hubVirtualNetworkResourceId);

    const spokeToHub = new network.VirtualNetworkPeering(
      `${name}-spoke-to-hub`,
      {
        resourceGroupName: spoke.group,
        virtualNetworkName: spoke.name,
        virtualNetworkPeeringName: "peer-spoke-to-hub",
        remoteVirtualNetwork: { id: resolved.hubVirtualNetworkResourceId },
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        useRemoteGateways: resolved.useRemoteGateways,
      },
      { parent: this },
    );
    if (resolved.createHubSide) {
      new network.VirtualNetworkPeering(
        `${name}-hub-to-spoke`,
        {
          resourceGroupName: hub.group,
          virtualNetworkName: hub.name,
          virtualNetworkPeeringName: `peer-hub-to-${name}`,
          remoteVirtualNetwork: { id: resolved.spokeVirtualNetworkResourceId },
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: false,
          // Offered only when the spoke uses it, i.e. when the hub has a gateway.
          allowGatewayTransit: resolved.useRemoteGateways,
          useRemoteGateways: false,
        },
        // Azure serialises peering changes between the same two networks.
        { parent: this, dependsOn: [spokeToHub] },
      );
    }
    this.spokeToHubPeeringName = "peer-spoke-to-hub";
    this.hubToSpokePeeringName = resolved.createHubSide ? `peer-hub-to-${name}` : undefined;
    this.registerOutputs({});
  }
}
