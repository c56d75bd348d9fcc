import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import type { Tags } from "../common";

/** Where Azure ML deploys the zone's endpoints: a namespace of their own, not `default`. */
export const defaultEndpointNamespace = "azureml-endpoints";

export interface EndpointNamespaceTarget {
  resourceGroupName: pulumi.Input<string>;
  clusterName: pulumi.Input<string>;
  location: pulumi.Input<string | undefined>;
  tags: Tags;
}

/**
 * The endpoints' namespace as an AKS managed namespace (`<component>-namespace`), so it exists
 * before the workspace attaches the cluster with it (Azure ML requires an existing namespace)
 * without a Kubernetes API call from the deployer. An existing namespace of the same name is
 * adopted only if identical, and deleting the resource leaves the namespace and its endpoints.
 */
export function createEndpointNamespace(
  componentName: string,
  target: EndpointNamespaceTarget,
  namespace: string,
  opts: pulumi.CustomResourceOptions,
): containerservice.ManagedNamespace {
  return new containerservice.ManagedNamespace(
    `${componentName}-namespace`,
    {
      resourceGroupName: target.resourceGroupName,
      resourceName: target.clusterName,
      managedNamespaceName: namespace,
      location: target.location,
      properties: {
        labels: { "ailz.io/workload": "azureml-endpoints" },
        adoptionPolicy: "IfIdentical",
        deletePolicy: "Keep",
      },
      tags: target.tags,
    },
    opts,
  );
}
