import type * as pulumi from "@pulumi/pulumi";
import * as containerregistry from "@pulumi/azure-native/containerregistry";
import { DiagnosticSettingArgs, InputValidator, nameFromResourceId } from "../common";
import {
  PrivateMlWorkspace,
  PrivateMlWorkspaceArgs,
  resolvePrivateMlWorkspaceArgs,
  validatePrivateMlWorkspaceArgs,
} from "../ml/privateMlWorkspace";
import type { Observability } from "../monitoring";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey, KeyVault } from "../security";
import type { CmkStorageAccount } from "../storage";
import type { PrivateMlRegistry } from "../ml/mlRegistry";
import { registryOutboundRules } from "./registry";
import type { Zone } from "./resolve";

export interface WorkspaceDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  observability: Pick<Observability, "applicationInsightsResourceId">;
  keyVault: Pick<KeyVault, "resourceId">;
  encryptionKey: Pick<EncryptionKey, "customerManagedKey">;
  storage: Pick<CmkStorageAccount, "resourceId">;
  diagnostics: DiagnosticSettingArgs[];
  /** The zone's Azure ML registry, reached through a managed-network rule. @default - none */
  registry?: Pick<PrivateMlRegistry, "resourceId">;
}

export function workspaceArgs(zone: Zone, deps: WorkspaceDeps): PrivateMlWorkspaceArgs {
  const override = zone.args.workspace;
  return {
    ...zone.common,
    workspaceName: `mlw-${zone.name}`,
    customerManagedKey: deps.encryptionKey.customerManagedKey,
    keyVaultResourceId: deps.keyVault.resourceId,
    storageAccountResourceId: deps.storage.resourceId,
    applicationInsightsResourceId: deps.observability.applicationInsightsResourceId,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    outboundRules:
      deps.registry === undefined
        ? override?.outboundRules
        : { ...registryOutboundRules(deps.registry), ...override?.outboundRules },
    tags: zone.tagsFor(override?.tags),
  };
}

/** The workspace and a zone-redundant replica of its container registry per replica region. */
export function buildWorkspace(
  zone: Zone,
  parent: pulumi.Resource,
  deps: WorkspaceDeps,
): PrivateMlWorkspace {
  const workspace = new PrivateMlWorkspace(`${zone.name}-mlw`, workspaceArgs(zone, deps), {
    parent,
  });
  // The ID is composed from known names and depends on the registry, so the replica both waits
  // for it and names it during preview.
  const registryName = nameFromResourceId(workspace.containerRegistryResourceId);
  for (const replicaLocation of zone.args.containerRegistryReplicaLocations ?? []) {
    new containerregistry.Replication(
      `${zone.name}-registry-replica-${replicaLocation}`,
      {
        resourceGroupName: zone.common.resourceGroupName,
        registryName,
        replicationName: replicaLocation,
        location: replicaLocation,
        zoneRedundancy: "Enabled",
        regionEndpointEnabled: true,
        tags: zone.tagsFor(zone.args.workspace?.tags),
      },
      { parent },
    );
  }
  return workspace;
}

/** What a child inside the workspace takes. */
export function inWorkspace(
  zone: Zone,
  workspace: Pick<PrivateMlWorkspace, "name">,
): { resourceGroupName: pulumi.Input<string>; workspaceName: pulumi.Input<string> } {
  return { resourceGroupName: zone.common.resourceGroupName, workspaceName: workspace.name };
}

export function validateWorkspace(v: InputValidator, zone: Zone, deps: WorkspaceDeps): void {
  validatePrivateMlWorkspaceArgs(
    v.within("workspace"),
    resolvePrivateMlWorkspaceArgs(workspaceArgs(zone, deps)),
  );
}
