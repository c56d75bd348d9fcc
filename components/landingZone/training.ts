import type * as pulumi from "@pulumi/pulumi";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import { TrainingCluster, TrainingClusterArgs } from "../ml/mlops";
import type { Zone } from "./resolve";
import { inWorkspace } from "./workspace";

export interface TrainingDeps {
  workspace: Pick<
    PrivateMlWorkspace,
    "name" | "storageAccountResourceId" | "containerRegistryResourceId"
  >;
}

export function trainingClusterArgs(zone: Zone, deps: TrainingDeps): TrainingClusterArgs {
  const override = zone.args.trainingCluster;
  return {
    ...inWorkspace(zone, deps.workspace),
    location: zone.common.location,
    computeName: "training",
    storageAccountResourceId: deps.workspace.storageAccountResourceId,
    containerRegistryResourceId: deps.workspace.containerRegistryResourceId,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildTrainingCluster(
  zone: Zone,
  parent: pulumi.Resource,
  deps: TrainingDeps,
): TrainingCluster {
  return new TrainingCluster(`${zone.name}-training`, trainingClusterArgs(zone, deps), {
    parent,
  });
}
