import * as pulumi from "@pulumi/pulumi";
import { landingZoneDnsZones, PrivateEndpointArgs } from "../common";
import { endpointComputeType } from "../ml/serving/authenticatedEndpoint";
import {
  GenAiSubnetRole,
  genAiSubnetRoles,
  resolveLandingZoneNetworkArgs,
  SubnetRole,
  subnetRoles,
} from "../network";
import { keyVaultSku } from "../security";
import { endpointArgs, EndpointDeps } from "./serving";
import { networkArgs } from "./network";
import type { Zone } from "./resolve";

/**
 * A value a sibling gives once it exists (an ID, a name): an Output, so the child's checks
 * leave it to the child, as they do a new resource's output during preview.
 */
export function later(): pulumi.Output<string> {
  return pulumi.output(undefined as unknown as string);
}

function routesEgress(zone: Zone): boolean {
  const hub = zone.args.hub;
  if (hub?.mode === "virtualWan") return hub.firewallPrivateIpAddress !== undefined;
  return hub?.mode === "create" || hub?.mode === "bring" || zone.args.network?.egress !== undefined;
}

/**
 * What each child's validation is given in place of the siblings it is built from, before any of
 * them exists: the values the zone's arguments decide (the vault's SKU, the subnet plan, the
 * endpoint's compute type, the DNS mode), and `later()` for what only the sibling knows.
 */
export function standIns(zone: Zone, subnetPlan: Partial<Record<SubnetRole, string>>) {
  const diagnostics = [{ workspaceResourceId: later() }];
  const network = {
    privateEndpoint: privateEndpointStandIn(zone),
    subnetResourceIds: Object.fromEntries(subnetRoles.map((role) => [role, later()])) as Record<
      SubnetRole,
      pulumi.Output<string>
    >,
    // A role the network could not plan is reported under `network`.
    subnetAddressPrefixes: subnetPlan as Record<SubnetRole, string>,
    genAiSubnetResourceIds: Object.fromEntries(
      genAiSubnetRoles.map((role) => [role, later()]),
    ) as Record<GenAiSubnetRole, pulumi.Output<string>>,
    // The zone's route table exists when egress goes to a firewall (the hub's, or one given).
    routeTableResourceId: routesEgress(zone) ? later() : undefined,
  };
  const observability = {
    applicationInsightsResourceId: later(),
    applicationInsightsConnectionString: later(),
    actionGroupResourceId: later(),
    logAnalyticsWorkspaceResourceId: later(),
  };
  const keyVault = { resourceId: later(), skuName: keyVaultSku(zone.args.keyVault ?? {}) };
  // The key's size is left unknown (not checked): the account's own key is 2048 bits.
  const key = {
    customerManagedKey: {
      keyVaultResourceId: later(),
      keyName: later(),
      userAssignedIdentityResourceId: later(),
      userAssignedIdentityClientId: later(),
    },
    diskEncryptionKey: {
      keyVaultResourceId: later(),
      keyUrlWithVersion: later(),
      userAssignedIdentityResourceId: later(),
    },
  };
  const workspace = {
    name: later(),
    resourceId: later(),
    storageAccountResourceId: later(),
    containerRegistryResourceId: later(),
  };
  const inferenceCluster =
    zone.args.enableInferenceCluster === true ? { computeResourceId: later() } : undefined;
  const openAi =
    zone.args.enableOpenAi === true ? { resourceId: later(), endpoint: later() } : undefined;
  const endpointDeps: EndpointDeps = { workspace, inferenceCluster, openAi, diagnostics };
  const endpoint = {
    name: later(),
    target: {
      endpointResourceId: later(),
      endpointName: later(),
      workspaceName: later(),
      resourceGroupName: zone.common.resourceGroupName,
      location: zone.common.location,
      computeType: endpointComputeType(endpointArgs(zone, endpointDeps)),
    },
  };
  return {
    diagnostics,
    network,
    observability,
    keyVault,
    encryptionKey: key,
    openAiKey: key,
    storage: { resourceId: later() },
    search: zone.args.enableSearch === true ? { resourceId: later() } : undefined,
    cosmos: zone.args.enableCosmos === true ? { resourceId: later() } : undefined,
    foundry:
      zone.args.enableFoundry === true
        ? { resourceId: later(), openAiEndpoint: later() }
        : undefined,
    workspace,
    trainingCluster: { identityResourceId: later() },
    inferenceCluster,
    openAi,
    endpoint,
  };
}

/** `LandingZoneNetwork.privateEndpoint` as the network's DNS mode shapes it. */
function privateEndpointStandIn(zone: Zone): PrivateEndpointArgs {
  const args = networkArgs(zone);
  const { privateDns } = resolveLandingZoneNetworkArgs(args);
  return privateDns.mode === "policyManaged"
    ? { subnetResourceId: later(), policyManagedDns: true }
    : {
        subnetResourceId: later(),
        privateDnsZoneResourceIds: Object.fromEntries(
          [...landingZoneDnsZones, ...(args.additionalDnsZones ?? [])].map((zone) => [
            zone,
            later(),
          ]),
        ),
      };
}
