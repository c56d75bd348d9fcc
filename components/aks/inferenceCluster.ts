import * as pulumi from "@pulumi/pulumi";
import { azureContext, InputValidator, knownResourceId, mergeTags } from "../common";
import { InferenceClusterArgs, inferencePoolLabelKey, inferencePoolLabelValue } from "./args";
import { createInferencePool } from "./agentPools";
import { attachToAzureMl } from "./azureMlAttachment";
import { createClusterExtras } from "./clusterExtras";
import { createControlPlaneIdentity } from "./controlPlaneIdentity";
import { createNodeDiskEncryption } from "./diskEncryption";
import { createMaintenanceWindows } from "./maintenance";
import { createManagedCluster } from "./managedCluster";
import { createPoolIsolation } from "./poolIsolation";
import { resolveInferenceClusterArgs } from "./resolve";
import { TOKEN, validateInferenceClusterArgs } from "./validation";

/**
 * A private, hardened AKS cluster for Azure ML inference: private API server with Entra ID and
 * Azure RBAC only (local accounts off), Azure CNI overlay with a network policy, egress through
 * a route table or NAT gateway, Defender, Azure Policy, Container Insights, Image Cleaner,
 * workload identity, encryption at host and node disks under a customer-managed key. A tainted
 * system pool runs inline; the inference pool is a separate AgentPool isolated both ways (Azure
 * ML's pods pinned to it by `nodeSelector`, other pods kept off by a taint that only Azure ML's
 * namespaces tolerate, through an Azure Policy mutation), running the Azure ML extension with an
 * internal, TLS-terminating inference router, attached to the workspace through Trusted Access.
 */
export class InferenceCluster extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  public readonly resourceId: pulumi.Output<string>;
  /** The issuer for workload identity federation. */
  public readonly oidcIssuerUrl: pulumi.Output<string | undefined>;
  /** The control plane's user-assigned identity. */
  public readonly identityResourceId: pulumi.Output<string>;
  public readonly identityPrincipalId: pulumi.Output<string>;
  public readonly inferencePoolName: string;
  /** The `nodeSelector` that lands pods on the inference pool. */
  public readonly inferenceNodeSelector: Record<string, string>;
  /** The workspace compute ID that Kubernetes online endpoints target. */
  public readonly computeResourceId: pulumi.Output<string>;

  // The parameter is named `args`: the component provider's schema analyzer looks for it.
  constructor(name: string, args: InferenceClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolveInferenceClusterArgs(name, args);
    const v = new InputValidator(TOKEN, name);
    validateInferenceClusterArgs(v, resolved);
    v.throwIfInvalid();

    const tags = mergeTags(resolved.tags);
    const { tenantId, subscriptionId } = azureContext(this);
    const controlPlane = createControlPlaneIdentity(name, resolved, subscriptionId, tags, this);
    const diskEncryption = createNodeDiskEncryption(
      name,
      resolved,
      controlPlane.identity,
      subscriptionId,
      tags,
      this,
    );
    const cluster = createManagedCluster(
      name,
      resolved,
      {
        tenantId,
        identityResourceId: controlPlane.identityResourceId,
        diskEncryptionSetId: diskEncryption.diskEncryptionSetId,
        dependsOn: [...controlPlane.networkRoles, ...diskEncryption.grants],
      },
      tags,
      this,
    );
    const resourceId = knownResourceId(
      cluster,
      subscriptionId,
      resolved.resourceGroupName,
      "Microsoft.ContainerService/managedClusters",
      resolved.clusterName,
    );
    const pool = createInferencePool(name, resolved, tags, cluster, this);
    const isolation = resolved.isolateInferencePool
      ? [
          createPoolIsolation(
            name,
            resolved,
            { subscriptionId, clusterResourceId: resourceId, cluster },
            this,
          ),
        ]
      : [];
    createMaintenanceWindows(name, resolved, cluster, this);
    const computeResourceId = attachToAzureMl(
      name,
      resolved,
      { cluster, pool, isolation, clusterResourceId: resourceId, subscriptionId, tags },
      this,
    );
    createClusterExtras(name, resolved, resourceId, this);

    this.name = pulumi.output(resolved.clusterName);
    this.resourceId = resourceId;
    this.oidcIssuerUrl = cluster.oidcIssuerProfile.apply((p) => p?.issuerURL);
    this.identityResourceId = controlPlane.identityResourceId;
    this.identityPrincipalId = controlPlane.identity.principalId;
    this.inferencePoolName = resolved.pools.inference.name;
    this.inferenceNodeSelector = { [inferencePoolLabelKey]: inferencePoolLabelValue };
    this.computeResourceId = computeResourceId;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      oidcIssuerUrl: this.oidcIssuerUrl,
      identityResourceId: this.identityResourceId,
      computeResourceId: this.computeResourceId,
    });
  }
}
