import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import { shortHash } from "../common";
import {
  INFERENCE_POOL_TAINT,
  inferencePoolTolerationAssign,
  KUBERNETES_POLICY_MODE,
  MUTATE_EFFECT,
} from "../../policies/facts/inferencePool";
import type { ResolvedInferenceClusterArgs } from "./resolve";

const DEFINITIONS = "Microsoft.Authorization/policyDefinitions";

/** The Azure Policy definition's `policyRule` that adds the toleration in `namespaces`. */
export function tolerationMutationRule(namespaces: readonly string[]) {
  // Base64Encoded keeps the template in the definition: PublicURL would need a public endpoint.
  const content = Buffer.from(
    JSON.stringify(inferencePoolTolerationAssign(namespaces)),
    "utf8",
  ).toString("base64");
  return {
    if: { field: "type", in: ["Microsoft.ContainerService/managedClusters"] },
    then: {
      effect: MUTATE_EFFECT,
      details: { mutationInfo: { sourceType: "Base64Encoded", content } },
    },
  };
}

export interface PoolIsolationDeps {
  subscriptionId: pulumi.Input<string>;
  /** The cluster the mutation is assigned to, composed from known names. */
  clusterResourceId: pulumi.Output<string>;
  cluster: pulumi.Resource;
}

/**
 * The other half of the inference pool's isolation (the pool carries `INFERENCE_POOL_TAINT`):
 * a custom Azure Policy for Kubernetes definition whose mutation adds the matching toleration to
 * the pods of the Azure ML namespaces, assigned at the cluster so it mutates nowhere else. The
 * cluster's Azure Policy add-on (Gatekeeper) applies it to pods as they are admitted. Returns the
 * assignment, which Azure ML's pods must come after.
 */
export function createPoolIsolation(
  name: string,
  args: ResolvedInferenceClusterArgs,
  deps: PoolIsolationDeps,
  parent: pulumi.Resource,
): authorization.PolicyAssignment {
  // Definitions live in the subscription: one per cluster, named after it.
  const definitionName = pulumi
    .all([deps.subscriptionId, args.resourceGroupName])
    .apply(
      ([sub, group]) => `ailz-pool-toleration-${shortHash([sub, group, args.clusterName], 12)}`,
    );
  const definition = new authorization.PolicyDefinition(
    `${name}-pool-toleration`,
    {
      policyDefinitionName: definitionName,
      policyType: "Custom",
      mode: KUBERNETES_POLICY_MODE,
      displayName: `Azure ML pods of ${args.clusterName} tolerate the inference pool's taint`,
      description: `Adds the toleration of ${INFERENCE_POOL_TAINT} to pods created in ${args.azureMlNamespaces.join(", ")}, so Azure ML can schedule on the tainted inference pool and nothing else can.`,
      metadata: { category: "Kubernetes", preview: true },
      policyRule: tolerationMutationRule(args.azureMlNamespaces),
    },
    { parent },
  );
  // Composed from known names so the assignment's definition is known during preview.
  const definitionId = pulumi.interpolate`/subscriptions/${deps.subscriptionId}/providers/${DEFINITIONS}/${definitionName}`;
  return new authorization.PolicyAssignment(
    `${name}-pool-toleration`,
    {
      scope: deps.clusterResourceId,
      policyAssignmentName: `ailz-${shortHash([name, "inference-pool-toleration"], 16)}`,
      policyDefinitionId: definitionId,
      displayName: `Azure ML pods tolerate the inference pool's taint (${args.clusterName})`,
      enforcementMode: "Default",
    },
    { parent, dependsOn: [definition, deps.cluster] },
  );
}
