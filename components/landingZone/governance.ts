import * as pulumi from "@pulumi/pulumi";
import type { InferenceCluster } from "../aks";
import { azureContext, nameFromResourceId } from "../common";
import { GovernanceBaseline, GovernanceBaselineArgs } from "../governance";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import type { AiLandingZoneArgs } from "./args";
import type { Zone } from "./resolve";

/** The `environment` values that switch the governance baseline on by default. */
export const GOVERNED_ENVIRONMENTS: readonly string[] = ["prod", "production"];

/** `enableGovernance`: on by default for production environments. */
export function governanceEnabled(
  args: Pick<AiLandingZoneArgs, "enableGovernance" | "environment">,
): boolean {
  return (
    args.enableGovernance ??
    (typeof args.environment === "string" &&
      GOVERNED_ENVIRONMENTS.includes(args.environment.toLowerCase()))
  );
}

export function wantsGovernance(zone: Zone): boolean {
  return governanceEnabled(zone.args);
}

export interface GovernanceDeps {
  workspace: Pick<PrivateMlWorkspace, "containerRegistryResourceId">;
  inferenceCluster: Pick<InferenceCluster, "resourceId"> | undefined;
}

/**
 * The zone's resource group as scope, the zone's environment as the stack tag the pack reads,
 * and, with an inference cluster, in-cluster policy admitting only the workspace's registry;
 * then the overrides.
 */
export function governanceArgs(
  zone: Zone,
  subscriptionId: pulumi.Input<string>,
  deps: GovernanceDeps,
): GovernanceBaselineArgs {
  const override = zone.args.governance ?? {};
  const loginServer = pulumi.interpolate`${nameFromResourceId(
    deps.workspace.containerRegistryResourceId,
  )}.azurecr.io`;
  return {
    scope: {
      kind: "resourceGroup",
      id: pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${zone.common.resourceGroupName}`,
    },
    stackTags: { environment: zone.args.environment },
    cluster: deps.inferenceCluster && {
      clusterResourceId: deps.inferenceCluster.resourceId,
      allowedRegistryLoginServers: [loginServer],
    },
    ...override,
  };
}

export function buildGovernance(
  zone: Zone,
  parent: pulumi.Resource,
  deps: GovernanceDeps,
): GovernanceBaseline {
  const { subscriptionId } = azureContext(parent);
  return new GovernanceBaseline(
    `${zone.name}-governance`,
    governanceArgs(zone, subscriptionId, deps),
    { parent },
  );
}
