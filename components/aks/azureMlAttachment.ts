import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as kubernetesconfiguration from "@pulumi/azure-native/kubernetesconfiguration";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import { knownResourceId, parseResourceId, Tags } from "../common";
import { inferencePoolLabelKey, inferencePoolLabelValue, mlWorkloadRole } from "./args";
import {
  amlConfigurationSettings,
  amlExtensionType,
  amlProtectedSettings,
  amlReleaseNamespace,
} from "./amlExtension";
import { createEndpointNamespace } from "./endpointNamespace";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/** The cluster's children the attachment waits for, and the cluster's known ID. */
export interface AzureMlAttachmentDeps {
  cluster: containerservice.ManagedCluster;
  /** The inference pool the extension's pods are pinned to. */
  pool: containerservice.AgentPool;
  /** The toleration mutation's assignment, when the pool is tainted: Azure ML's pods come after. */
  isolation: pulumi.Resource[];
  clusterResourceId: pulumi.Output<string>;
  subscriptionId: pulumi.Input<string>;
  tags: Tags;
}

/**
 * Attaches the cluster to the Azure ML workspace: Trusted Access instead of local accounts, the
 * Azure ML extension for inference, the endpoints' namespace, and the workspace's Kubernetes
 * compute. Returns the compute's ID, composed from known names.
 */
export function attachToAzureMl(
  name: string,
  args: ResolvedInferenceClusterArgs,
  deps: AzureMlAttachmentDeps,
  parent: pulumi.Resource,
): pulumi.Output<string> {
  const { cluster, tags } = deps;
  const trustedAccess = new containerservice.TrustedAccessRoleBinding(
    `${name}-trusted-access`,
    {
      resourceGroupName: args.resourceGroupName,
      resourceName: args.clusterName,
      trustedAccessRoleBindingName: "azureml-workspace",
      sourceResourceId: args.machineLearningWorkspaceResourceId,
      roles: [mlWorkloadRole],
    },
    { parent, dependsOn: [cluster] },
  );

  const extension = new kubernetesconfiguration.Extension(
    `${name}-azureml`,
    {
      resourceGroupName: args.resourceGroupName,
      clusterRp: "Microsoft.ContainerService",
      clusterResourceName: "managedClusters",
      clusterName: args.clusterName,
      extensionName: "azureml",
      extensionType: amlExtensionType,
      releaseTrain: "stable",
      autoUpgradeMinorVersion: true,
      scope: { cluster: { releaseNamespace: amlReleaseNamespace } },
      identity: { type: "SystemAssigned" },
      configurationSettings: amlConfigurationSettings(args, deps.clusterResourceId),
      configurationProtectedSettings: amlProtectedSettings(args),
    },
    // Its pods are pinned to the inference pool, so the pool must exist first, and tolerate
    // its taint only through the mutation, so that must be assigned first.
    { parent, dependsOn: [deps.pool, trustedAccess, ...deps.isolation] },
  );

  // Endpoints get a namespace of their own; `default` (which always exists) is the opt-out.
  const namespace = args.computeNamespace;
  const endpointNamespace =
    namespace === "default"
      ? []
      : [
          createEndpointNamespace(
            name,
            {
              resourceGroupName: args.resourceGroupName,
              clusterName: args.clusterName,
              location: args.location,
              tags,
            },
            namespace,
            { parent, dependsOn: [cluster] },
          ),
        ];
  const workspace = pulumi
    .output(args.machineLearningWorkspaceResourceId)
    .apply((id) => parseResourceId(id));
  const workspaceName = workspace.apply((w) => w?.name ?? "");
  const workspaceGroup = workspace.apply((w) => w?.resourceGroupName ?? "");
  const inference = args.pools.inference;
  const compute = new machinelearningservices.Compute(
    `${name}-compute`,
    {
      resourceGroupName: workspaceGroup,
      workspaceName,
      computeName: args.computeName,
      location: args.location,
      properties: {
        computeType: "Kubernetes",
        resourceId: deps.clusterResourceId,
        description: `AKS inference pool "${inference.name}" (nodeSelector ${inferencePoolLabelKey}=${inferencePoolLabelValue})`,
        disableLocalAuth: true,
        properties: { namespace },
      },
      tags,
    },
    { parent, dependsOn: [extension, trustedAccess, ...endpointNamespace] },
  );
  return knownResourceId(
    compute,
    deps.subscriptionId,
    workspaceGroup,
    "Microsoft.MachineLearningServices/workspaces/computes",
    workspaceName,
    args.computeName,
  );
}
