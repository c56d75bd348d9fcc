import type * as pulumi from "@pulumi/pulumi";
import { InferenceCluster, InferenceClusterArgs } from "../aks";
import { resolveInferenceClusterArgs } from "../aks/resolve";
import { validateInferenceClusterArgs } from "../aks/validation";
import type { DiagnosticSettingArgs, InputValidator } from "../common";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import type { Observability } from "../monitoring";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey } from "../security";
import type { Zone } from "./resolve";

/** `enableInferenceCluster`: an AKS cluster attached to the workspace, serving the endpoint. */
export function wantsInferenceCluster(zone: Zone): boolean {
  return zone.args.enableInferenceCluster === true;
}

export interface InferenceClusterDeps {
  network: Pick<
    LandingZoneNetwork,
    "subnetResourceIds" | "subnetAddressPrefixes" | "routeTableResourceId"
  >;
  observability: Pick<Observability, "logAnalyticsWorkspaceResourceId">;
  workspace: Pick<PrivateMlWorkspace, "resourceId">;
  encryptionKey: Pick<EncryptionKey, "diskEncryptionKey">;
  diagnostics: DiagnosticSettingArgs[];
}

/** The cluster component's name, which its default cluster name derives from. */
function clusterComponentName(zone: Zone): string {
  return `${zone.name}-aks`;
}

export function inferenceClusterArgs(zone: Zone, deps: InferenceClusterDeps): InferenceClusterArgs {
  const override = zone.args.inferenceCluster ?? {};
  // The zone's key encrypts node disks unless the overrides choose another way.
  const ownDiskEncryption =
    override.diskEncryptionSetResourceId !== undefined || override.platformManagedDiskKeys === true;
  return {
    ...zone.common,
    systemSubnetResourceId: deps.network.subnetResourceIds.aksSystem,
    inferenceSubnetResourceId: deps.network.subnetResourceIds.aksInference,
    systemSubnetAddressPrefix: deps.network.subnetAddressPrefixes.aksSystem,
    inferenceSubnetAddressPrefix: deps.network.subnetAddressPrefixes.aksInference,
    logAnalyticsWorkspaceResourceId: deps.observability.logAnalyticsWorkspaceResourceId,
    diagnosticSettings: deps.diagnostics,
    machineLearningWorkspaceResourceId: deps.workspace.resourceId,
    diskEncryptionKey: ownDiskEncryption ? undefined : deps.encryptionKey.diskEncryptionKey,
    protect: zone.protect,
    // The zone's route table sends egress to the hub firewall, unless the overrides bring a
    // route table or choose a NAT gateway.
    routeTableResourceId:
      override.outboundType === "userAssignedNATGateway"
        ? undefined
        : deps.network.routeTableResourceId,
    ...override,
    tags: zone.tagsFor(override.tags),
  };
}

export function buildInferenceCluster(
  zone: Zone,
  parent: pulumi.Resource,
  deps: InferenceClusterDeps,
): InferenceCluster {
  return new InferenceCluster(clusterComponentName(zone), inferenceClusterArgs(zone, deps), {
    parent,
  });
}

export function validateInferenceCluster(
  v: InputValidator,
  zone: Zone,
  deps: InferenceClusterDeps,
): void {
  const args = inferenceClusterArgs(zone, deps);
  validateInferenceClusterArgs(
    v.within("inferenceCluster"),
    resolveInferenceClusterArgs(clusterComponentName(zone), args),
  );
}
