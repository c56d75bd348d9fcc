import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import { armGroupIds, privateDnsZonesByGroupId, PrivateLinkGroupId } from "./privateDnsZones";
import { afterResource, resourceIdProblem } from "./resourceId";
import { Tags } from "./tags";
import { InputValidator, plain } from "./validation";

/**
 * How a component reaches its service privately (AVM `privateEndpoints`). DNS has three modes:
 * - zones the landing zone creates: pass `LandingZoneNetwork.privateEndpoint`, which carries them;
 * - zones the caller brings (hub and spoke): `privateDnsZoneResourceIds` with the hub's zone IDs;
 * - zones managed by Azure Policy in the hub: `policyManagedDns: true`, and no zone group is created.
 */
export interface PrivateEndpointArgs {
  /** Required. The `Microsoft.Network/virtualNetworks/subnets` ID the endpoints go in. */
  subnetResourceId: pulumi.Input<string>;
  /**
   * `Microsoft.Network/privateDnsZones` IDs by zone name, e.g.
   * `{ "privatelink.blob.core.windows.net": "/subscriptions/.../privateDnsZones/privatelink.blob.core.windows.net" }`.
   * Conditional: required unless `policyManagedDns` is true; must hold every zone the service needs.
   */
  privateDnsZoneResourceIds?: Record<string, pulumi.Input<string>>;
  /**
   * A DeployIfNotExists policy in the hub links endpoints to central zones, so no zone group is
   * created here.
   * @default false
   */
  policyManagedDns?: boolean;
}

/** Why `id` is not the ID of the private DNS zone `zone`, or `undefined`. */
export function dnsZoneIdProblem(id: pulumi.Input<string>, zone: string): string | undefined {
  const typeProblem = resourceIdProblem(id, "Microsoft.Network/privateDnsZones");
  if (typeProblem) return typeProblem;
  const name = plain(id)?.split("/").pop();
  return name === undefined || name.toLowerCase() === zone
    ? undefined
    : `points at zone "${name}"; expected ${zone}`;
}

/** Checks the endpoint arguments for the private-link groups a component will create. */
export function validatePrivateEndpoint(
  v: InputValidator,
  path: string,
  pe: PrivateEndpointArgs | undefined,
  groupIds: readonly PrivateLinkGroupId[],
): void {
  if (!pe) {
    v.fail(
      path,
      "is required: public network access is disabled, so the service is reachable only through a private endpoint",
    );
    return;
  }
  v.report(
    `${path}.subnetResourceId`,
    resourceIdProblem(pe.subnetResourceId, "Microsoft.Network/virtualNetworks/subnets"),
  );
  const zones = pe.privateDnsZoneResourceIds;
  if (pe.policyManagedDns === true) {
    v.check(
      zones === undefined,
      `${path}.privateDnsZoneResourceIds`,
      "conflicts with policyManagedDns: true; set one or the other",
    );
    return;
  }
  if (zones === undefined) {
    v.fail(`${path}.privateDnsZoneResourceIds`, "is required unless policyManagedDns is true");
    return;
  }
  for (const group of groupIds) {
    for (const zone of privateDnsZonesByGroupId[group]) {
      const id = zones[zone];
      if (id === undefined) {
        v.fail(
          `${path}.privateDnsZoneResourceIds["${zone}"]`,
          `is required for the ${group} private endpoint`,
        );
      } else {
        v.report(`${path}.privateDnsZoneResourceIds["${zone}"]`, dnsZoneIdProblem(id, zone));
      }
    }
  }
}

/** One private endpoint's details, as components expose them. */
export interface PrivateEndpointOutput {
  groupId: string;
  name: pulumi.Output<string>;
  resourceId: pulumi.Output<string>;
}

export interface PrivateEndpointTarget {
  /** The private-link resource: its ID and name (for the endpoint's name). */
  resourceId: pulumi.Input<string>;
  resourceName: pulumi.Input<string>;
  resourceGroupName: pulumi.Input<string>;
  location?: pulumi.Input<string>;
  tags: Tags;
}

/**
 * Creates the private endpoint for one private-link group, with its DNS zone group unless DNS is
 * policy-managed. Logical names are `<component>-pep-<groupId>` and `<component>-pep-<groupId>-dns`.
 */
export function createPrivateEndpoint(
  componentName: string,
  target: PrivateEndpointTarget,
  groupId: PrivateLinkGroupId,
  pe: PrivateEndpointArgs,
  opts: pulumi.CustomResourceOptions,
): PrivateEndpointOutput {
  const endpointName = pulumi.interpolate`pep-${target.resourceName}-${groupId}`;
  const endpoint = new network.PrivateEndpoint(
    `${componentName}-pep-${groupId}`,
    {
      resourceGroupName: target.resourceGroupName,
      location: target.location,
      privateEndpointName: endpointName,
      // The subnet ID alone keeps this wrapped input known during preview.
      subnet: { id: pe.subnetResourceId },
      privateLinkServiceConnections: [
        {
          name: endpointName,
          privateLinkServiceId: target.resourceId,
          groupIds: [armGroupIds[groupId] ?? groupId],
        },
      ],
      customNetworkInterfaceName: pulumi.interpolate`${endpointName}-nic`,
      tags: target.tags,
    },
    opts,
  );
  if (pe.policyManagedDns !== true) {
    const zones = pe.privateDnsZoneResourceIds ?? {};
    new network.PrivateDnsZoneGroup(
      `${componentName}-pep-${groupId}-dns`,
      {
        resourceGroupName: target.resourceGroupName,
        privateEndpointName: afterResource(endpoint, endpointName),
        privateDnsZoneGroupName: "default",
        privateDnsZoneConfigs: privateDnsZonesByGroupId[groupId].map((zone) => ({
          name: zone.replace(/\./g, "-"),
          privateDnsZoneId: zones[zone],
        })),
      },
      opts,
    );
  }
  return { groupId, name: afterResource(endpoint, endpointName), resourceId: endpoint.id };
}
