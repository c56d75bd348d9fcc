import * as pulumi from "@pulumi/pulumi";
import { afterResource, DiagnosticSettingArgs } from "../common";
import type { InferenceCluster } from "../aks";
import type { PrivateOpenAi } from "../genai";
import type { PrivateMlWorkspace } from "../ml/privateMlWorkspace";
import {
  AuthenticatedEndpoint,
  AuthenticatedEndpointArgs,
  BlueGreenDeployment,
  BlueGreenDeploymentArgs,
  SlotArgs,
  SlotKey,
} from "../ml/serving";
import type { Zone } from "./resolve";
import { inWorkspace } from "./workspace";

export interface EndpointDeps {
  workspace: Pick<PrivateMlWorkspace, "name">;
  inferenceCluster: Pick<InferenceCluster, "computeResourceId"> | undefined;
  openAi: Pick<PrivateOpenAi, "resourceId"> | undefined;
  diagnostics: DiagnosticSettingArgs[];
}

export function endpointArgs(zone: Zone, deps: EndpointDeps): AuthenticatedEndpointArgs {
  const override = zone.args.endpoint;
  return {
    ...inWorkspace(zone, deps.workspace),
    location: zone.common.location,
    computeResourceId: deps.inferenceCluster?.computeResourceId,
    diagnosticSettings: deps.diagnostics,
    identityRoleAssignments: deps.openAi
      ? [
          {
            roleDefinitionIdOrName: "Cognitive Services OpenAI User",
            scopeResourceId: deps.openAi.resourceId,
            key: "openai",
          },
        ]
      : [],
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildEndpoint(
  zone: Zone,
  parent: pulumi.Resource,
  deps: EndpointDeps,
): AuthenticatedEndpoint {
  return new AuthenticatedEndpoint(`${zone.name}-endpoint`, endpointArgs(zone, deps), { parent });
}

export interface SlotsDeps {
  endpoint: Pick<AuthenticatedEndpoint, "target">;
}

export function slotsArgs(zone: Zone, deps: SlotsDeps): BlueGreenDeploymentArgs {
  const { args } = zone;
  const withCollection = (slot: SlotArgs | undefined): SlotArgs | undefined =>
    slot && { dataCollection: args.dataCollection, ...slot };
  return {
    ...args.blueGreen,
    endpoint: deps.endpoint.target,
    blue: withCollection(args.slots.blue),
    green: withCollection(args.slots.green),
    tags: zone.tagsFor(args.blueGreen?.tags),
  };
}

export function buildSlots(
  zone: Zone,
  parent: pulumi.Resource,
  deps: SlotsDeps,
): BlueGreenDeployment {
  return new BlueGreenDeployment(`${zone.name}-slots`, slotsArgs(zone, deps), { parent });
}

/** Each slot's deployment ID, composed from known names so it stays known during preview. */
export function slotDeploymentIds(
  endpoint: AuthenticatedEndpoint,
  deployment: BlueGreenDeployment,
): Record<string, pulumi.Output<string>> {
  const ids: Record<string, pulumi.Output<string>> = {};
  for (const key of Object.keys(deployment.deployments) as SlotKey[]) {
    const resource = deployment.deployments[key];
    const deploymentName = deployment.deploymentNames[key];
    if (resource === undefined || deploymentName === undefined) continue;
    ids[key] = afterResource(
      resource,
      pulumi.interpolate`${endpoint.resourceId}/deployments/${deploymentName}`,
    );
  }
  return ids;
}
