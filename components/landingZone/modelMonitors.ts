import type * as pulumi from "@pulumi/pulumi";
import { ModelMonitor, ModelMonitorArgs, TrainingCluster } from "../ml/mlops";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import type { AuthenticatedEndpoint, BlueGreenDeployment, SlotKey } from "../ml/serving";
import type { Observability } from "../monitoring";
import type { LandingZoneMonitorArgs } from "./args";
import type { Zone } from "./resolve";
import { inWorkspace } from "./workspace";

/** `modelMonitor`: one drift and data-quality monitor per slot. */
export function wantsModelMonitors(zone: Zone): boolean {
  return zone.args.modelMonitor !== undefined;
}

/** The slots that exist, each with its deployment name. */
export function presentSlots(zone: Zone): { key: SlotKey; deploymentName: string }[] {
  const slots = zone.args.slots;
  return (Object.keys(slots) as SlotKey[]).flatMap((key) => {
    const slot = slots[key];
    return slot === undefined ? [] : [{ key, deploymentName: slot.deploymentName ?? key }];
  });
}

export interface ModelMonitorDeps {
  workspace: Pick<PrivateMlWorkspace, "name">;
  trainingCluster: Pick<TrainingCluster, "identityResourceId">;
  endpoint: Pick<AuthenticatedEndpoint, "name">;
  observability: Pick<Observability, "actionGroupResourceId" | "logAnalyticsWorkspaceResourceId">;
}

export function modelMonitorArgs(
  zone: Zone,
  monitor: LandingZoneMonitorArgs,
  deps: ModelMonitorDeps,
  slot: { key: SlotKey; deploymentName: string },
): ModelMonitorArgs {
  return {
    ...inWorkspace(zone, deps.workspace),
    location: zone.common.location,
    emails: zone.args.alertEmails,
    userAssignedIdentityResourceId: deps.trainingCluster.identityResourceId,
    ...monitor,
    scheduleName: `monitor-${slot.key}`,
    endpointName: deps.endpoint.name,
    deploymentName: slot.deploymentName,
    actionGroupResourceId: deps.observability.actionGroupResourceId,
    logAnalyticsWorkspaceResourceId: deps.observability.logAnalyticsWorkspaceResourceId,
    tags: zone.tagsFor(monitor.tags),
  };
}

/** One monitor per slot, after the slots' deployments exist. */
export function buildModelMonitors(
  zone: Zone,
  parent: pulumi.Resource,
  deps: ModelMonitorDeps & { deployment: BlueGreenDeployment },
): Partial<Record<SlotKey, ModelMonitor>> {
  const monitors: Partial<Record<SlotKey, ModelMonitor>> = {};
  const monitor = zone.args.modelMonitor;
  if (monitor === undefined) return monitors;
  for (const slot of presentSlots(zone)) {
    monitors[slot.key] = new ModelMonitor(
      `${zone.name}-monitor-${slot.key}`,
      modelMonitorArgs(zone, monitor, deps, slot),
      { parent, dependsOn: [deps.deployment] },
    );
  }
  return monitors;
}
