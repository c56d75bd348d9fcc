import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import {
  azureContext,
  InputValidator,
  knownResourceId,
  parseResourceId,
  plain,
  resourceIdProblem,
} from "../common";

const TOKEN = "ailz:hub:VirtualHubConnection";
const HUB_TYPE = "Microsoft.Network/virtualHubs";
const HUB_ROUTE_TABLE_TYPE = "Microsoft.Network/virtualHubs/hubRouteTables";

/** Which of the virtual hub's route tables the connection uses and advertises its routes to. */
export interface VirtualHubConnectionRoutingArgs {
  /**
   * The `Microsoft.Network/virtualHubs/hubRouteTables` ID of the hub route table the spoke
   * learns its routes from; a route table of the same hub.
   * @default - the hub's defaultRouteTable
   */
  associatedRouteTableResourceId?: pulumi.Input<string>;
  /**
   * The hub route tables the spoke's address space is advertised to, by ID (each a
   * `Microsoft.Network/virtualHubs/hubRouteTables` of the same hub).
   * @default - the hub's defaultRouteTable
   */
  propagatedRouteTableResourceIds?: pulumi.Input<string>[];
  /** The route table labels the spoke's address space is advertised to. @default - ["default"] */
  propagatedRouteTableLabels?: string[];
}

export interface VirtualHubConnectionArgs {
  /**
   * Required. The `Microsoft.Network/virtualHubs` ID of the Virtual WAN hub (a platform
   * team's). The connection is created in the hub's resource group, under the hub; when the hub
   * is in another subscription, give this component a provider for that subscription.
   */
  virtualHubResourceId: pulumi.Input<string>;
  /** Required. The spoke's `Microsoft.Network/virtualNetworks` ID (`LandingZoneNetwork`'s). */
  spokeVirtualNetworkResourceId: pulumi.Input<string>;
  /**
   * Sends the spoke's Internet-bound traffic (0.0.0.0/0) through the secured hub's firewall:
   * the hub propagates its default route to the spoke. `false` lets the spoke's traffic leave
   * some other way (or not at all: the zone's subnets have no default outbound access), and the
   * pack's `hub-connection-internet-security` reports it.
   * @default true
   */
  enableInternetSecurity?: boolean;
  /** Custom hub route tables for the connection. @default - the hub's default route table */
  routing?: VirtualHubConnectionRoutingArgs;
  /** The connection's name, unique within the hub. @default `conn-<name>` */
  connectionName?: string;
}

type ResolvedVirtualHubConnectionArgs = VirtualHubConnectionArgs &
  Required<Pick<VirtualHubConnectionArgs, "enableInternetSecurity" | "connectionName">>;

export function resolveVirtualHubConnectionArgs(
  name: string,
  args: VirtualHubConnectionArgs,
): ResolvedVirtualHubConnectionArgs {
  return {
    ...args,
    enableInternetSecurity: args.enableInternetSecurity ?? true,
    connectionName: args.connectionName ?? `conn-${name}`,
  };
}

/** The hub a `hubRouteTables` ID belongs to, lower-cased as ARM compares IDs. */
function parentHub(routeTableId: string): string {
  return routeTableId.split("/").slice(0, -2).join("/").toLowerCase();
}

export function validateVirtualHubConnectionArgs(
  v: InputValidator,
  args: ResolvedVirtualHubConnectionArgs,
): void {
  v.check(
    args.virtualHubResourceId !== undefined,
    "virtualHubResourceId",
    `is required: the Virtual WAN hub's ${HUB_TYPE} ID`,
  );
  v.report("virtualHubResourceId", resourceIdProblem(args.virtualHubResourceId, HUB_TYPE));
  v.check(
    args.spokeVirtualNetworkResourceId !== undefined,
    "spokeVirtualNetworkResourceId",
    "is required: the spoke's Microsoft.Network/virtualNetworks ID",
  );
  v.report(
    "spokeVirtualNetworkResourceId",
    resourceIdProblem(args.spokeVirtualNetworkResourceId, "Microsoft.Network/virtualNetworks"),
  );
  v.check(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,78}[A-Za-z0-9_]$/.test(args.connectionName),
    "connectionName",
    `"${args.connectionName}" is not a connection name: use 2-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'`,
  );
  const hub = plain(args.virtualHubResourceId);
  const tables: [string, pulumi.Input<string> | undefined][] = [
    ["routing.associatedRouteTableResourceId", args.routing?.associatedRouteTableResourceId],
    ...(args.routing?.propagatedRouteTableResourceIds ?? []).map(
      (id, i): [string, pulumi.Input<string>] => [
        `routing.propagatedRouteTableResourceIds[${i}]`,
        id,
      ],
    ),
  ];
  for (const [path, id] of tables) {
    const problem = resourceIdProblem(id, HUB_ROUTE_TABLE_TYPE);
    v.report(path, problem);
    const table = plain(id);
    if (problem !== undefined || table === undefined || typeof hub !== "string") continue;
    if (resourceIdProblem(hub, HUB_TYPE) !== undefined) continue;
    v.check(
      parentHub(table) === hub.toLowerCase(),
      path,
      "is a route table of another hub: a connection uses its own hub's route tables",
    );
  }
}

/** The routing configuration, or `undefined` to leave the hub's defaults. */
function routingConfiguration(
  routing: VirtualHubConnectionRoutingArgs | undefined,
): network.HubVirtualNetworkConnectionArgs["routingConfiguration"] {
  if (routing === undefined) return undefined;
  const {
    associatedRouteTableResourceId,
    propagatedRouteTableResourceIds,
    propagatedRouteTableLabels,
  } = routing;
  const propagates =
    propagatedRouteTableResourceIds !== undefined || propagatedRouteTableLabels !== undefined;
  return {
    associatedRouteTable:
      associatedRouteTableResourceId === undefined
        ? undefined
        : { id: associatedRouteTableResourceId },
    propagatedRouteTables: propagates
      ? {
          ids: propagatedRouteTableResourceIds?.map((id) => ({ id })),
          labels: propagatedRouteTableLabels,
        }
      : undefined,
  };
}

/**
 * Connects the spoke VNet to a Virtual WAN hub. Internet security is on by default, so a
 * secured hub (one with Azure Firewall or a security partner) filters the spoke's Internet
 * traffic; the hub's default route tables apply unless `routing` names others. The connection
 * lives under the hub, in the hub's resource group, derived from its ID.
 */
export class VirtualHubConnection extends pulumi.ComponentResource {
  /** The connection's name under the hub. */
  public readonly connectionName: string;
  /** The `Microsoft.Network/virtualHubs/hubVirtualNetworkConnections` ID, known at preview. */
  public readonly resourceId: pulumi.Output<string>;

  // The parameter is named `args`: the component provider's schema analyzer looks for it.
  constructor(
    name: string,
    args: VirtualHubConnectionArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super(TOKEN, name, {}, opts);
    const resolved = resolveVirtualHubConnectionArgs(name, args);
    const v = new InputValidator(TOKEN, name);
    validateVirtualHubConnectionArgs(v, resolved);
    v.throwIfInvalid();

    const hub = pulumi.output(resolved.virtualHubResourceId).apply((id) => parseResourceId(id));
    const hubGroup = hub.apply((h) => h?.resourceGroupName ?? "");
    const hubName = hub.apply((h) => h?.name ?? "");
    const hubSubscription = hub.apply((h) => h?.subscriptionId ?? "");
    warnOnOtherSubscription(name, hubSubscription, azureContext(this).subscriptionId);

    const connection = new network.HubVirtualNetworkConnection(
      `${name}-connection`,
      {
        resourceGroupName: hubGroup,
        virtualHubName: hubName,
        connectionName: resolved.connectionName,
        remoteVirtualNetwork: { id: resolved.spokeVirtualNetworkResourceId },
        enableInternetSecurity: resolved.enableInternetSecurity,
        routingConfiguration: routingConfiguration(resolved.routing),
      },
      { parent: this },
    );

    this.connectionName = resolved.connectionName;
    this.resourceId = knownResourceId(
      connection,
      hubSubscription,
      hubGroup,
      "Microsoft.Network/virtualHubs/hubVirtualNetworkConnections",
      hubName,
      resolved.connectionName,
    );
    this.registerOutputs({ resourceId: this.resourceId });
  }
}

/**
 * The connection is created in the provider's subscription (azure-native takes no per-resource
 * subscription), so a hub in another subscription needs this component to get that
 * subscription's provider. A warning, not an error: the provider's subscription is an Output,
 * known only once the program runs.
 */
function warnOnOtherSubscription(
  name: string,
  hubSubscription: pulumi.Output<string>,
  providerSubscription: pulumi.Output<string>,
): void {
  pulumi.all([hubSubscription, providerSubscription]).apply(([hubSub, ownSub]) => {
    if (hubSub !== "" && ownSub !== "" && hubSub.toLowerCase() !== ownSub.toLowerCase()) {
      void pulumi.log.warn(
        `${TOKEN} ${name}: the virtual hub is in subscription ${hubSub} but the provider deploys into ${ownSub}; pass { provider } for the hub's subscription, or the connection is not found.`,
      );
    }
  });
}
