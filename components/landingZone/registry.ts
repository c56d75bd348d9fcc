import type * as pulumi from "@pulumi/pulumi";
import { createRoleAssignments, DiagnosticSettingArgs, plain } from "../common";
import type { MlOutboundRule } from "../ml/outboundRules";
import { PrivateMlRegistry, PrivateMlRegistryArgs } from "../ml/mlRegistry";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import { registryRoleAssignments } from "../ml/registryRoles";
import type { TrainingCluster } from "../ml/mlops";
import type { AuthenticatedEndpoint } from "../ml/serving";
import type { LandingZoneNetwork } from "../network";
import type { Zone } from "./resolve";

/** `enableRegistry`: an Azure ML registry the workspace publishes models to and serves from. */
export function wantsRegistry(zone: Zone): boolean {
  return zone.args.enableRegistry === true;
}

export interface RegistryDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  diagnostics: DiagnosticSettingArgs[];
}

export function registryArgs(zone: Zone, deps: RegistryDeps): PrivateMlRegistryArgs {
  const override = zone.args.registry;
  return {
    resourceGroupName: zone.common.resourceGroupName,
    // validate() requires a plain location with enableRegistry.
    location: plain(zone.common.location) ?? "",
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

/**
 * Built before the workspace, whose managed network needs the registry's ID for its outbound
 * rule; the roles that need the workspace's identities follow in `buildRegistryAccess`.
 */
export function buildRegistry(
  zone: Zone,
  parent: pulumi.Resource,
  deps: RegistryDeps,
): PrivateMlRegistry {
  return new PrivateMlRegistry(`${zone.name}-registry`, registryArgs(zone, deps), { parent });
}

/** The workspace's managed-network rule to the registry (group `amlregistry`). */
export function registryOutboundRules(
  registry: Pick<PrivateMlRegistry, "resourceId"> | undefined,
): Record<string, MlOutboundRule> {
  return registry === undefined
    ? {}
    : {
        "aml-registry": {
          type: "PrivateEndpoint",
          serviceResourceId: registry.resourceId,
          subresourceTarget: "amlregistry",
        },
      };
}

export interface RegistryAccessDeps {
  workspace: Pick<PrivateMlWorkspace, "identityPrincipalId">;
  trainingCluster: Pick<TrainingCluster, "identityPrincipalId">;
  endpoint: Pick<AuthenticatedEndpoint, "principalId">;
}

/**
 * The workspace and the training cluster (which runs retraining) publish; the endpoint reads the
 * models it serves.
 */
export function buildRegistryAccess(
  zone: Zone,
  parent: pulumi.Resource,
  registry: PrivateMlRegistry,
  deps: RegistryAccessDeps,
): void {
  createRoleAssignments(
    `${zone.name}-registry`,
    "registry",
    registry.resourceId,
    registryRoleAssignments(
      [
        { key: "workspace", principalId: deps.workspace.identityPrincipalId },
        { key: "training", principalId: deps.trainingCluster.identityPrincipalId },
      ],
      [{ key: "endpoint", principalId: deps.endpoint.principalId }],
    ),
    { parent },
  );
}
