import type * as pulumi from "@pulumi/pulumi";
import type { TrainingCluster } from "../ml/mlops";
import { RetrainingSchedule, RetrainingScheduleArgs } from "../ml/mlops";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import { presentSlots, wantsModelMonitors } from "./modelMonitors";
import type { Zone } from "./resolve";
import { inWorkspace } from "./workspace";

/** `training`: a `RetrainingSchedule`, weekly and on the model monitors' breaches. */
export function wantsRetraining(zone: Zone): boolean {
  return zone.args.training !== undefined;
}

export interface RetrainingDeps {
  workspace: Pick<PrivateMlWorkspace, "name">;
  trainingCluster: Pick<TrainingCluster, "resourceId">;
}

export function retrainingArgs(zone: Zone, deps: RetrainingDeps): RetrainingScheduleArgs {
  const training = zone.args.training ?? {};
  // The names modelMonitors.ts gives the zone's monitors.
  const monitors = wantsModelMonitors(zone)
    ? presentSlots(zone).map((slot) => `monitor-${slot.key}`)
    : [];
  const onBreach = training.monitorBreachHandlerResourceId !== undefined;
  return {
    ...inWorkspace(zone, deps.workspace),
    scheduleName: "retrain",
    // A pipeline component runs on the zone's training cluster; a full job brings its own compute.
    computeResourceId:
      training.jobDefinition === undefined ? deps.trainingCluster.resourceId : undefined,
    // Only the zone's own monitors trigger it, when there are any.
    monitorScheduleNames: onBreach && monitors.length > 0 ? monitors : undefined,
    ...training,
    tags: zone.tagsFor(training.tags),
  };
}

/** After the monitors, whose schedule names its breach filter lists. */
export function buildRetraining(
  zone: Zone,
  parent: pulumi.Resource,
  deps: RetrainingDeps & { dependsOn: pulumi.Resource[] },
): RetrainingSchedule {
  return new RetrainingSchedule(`${zone.name}-retrain`, retrainingArgs(zone, deps), {
    parent,
    dependsOn: deps.dependsOn,
  });
}
