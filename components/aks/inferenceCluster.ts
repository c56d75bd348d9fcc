import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as kubernetesconfiguration from "@pulumi/azure-native/kubernetesconfiguration";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import {
  azureContext,
  InputValidator,
  createDiagnosticSettings,
  createLock,
  createRoleAssignments,
  defaultName,
  knownResourceId,
  mergeTags,
  parseResourceId,
  statefulOptions,
} from "../common";
import {
  InferenceClusterArgs,
  inferencePoolLabelKey,
  inferencePoolLabelValue,
  mlWorkloadRole,
  systemPoolTaint,
} from "./args";
import { amlConfigurationSettings, amlExtensionType, amlProtectedSettings } from "./amlExtension";
import { createControlPlaneIdentity } from "./controlPlaneIdentity";
import { createEndpointNamespace, defaultEndpointNamespace } from "./endpointNamespace";
import { createNodeDiskEncryption } from "./diskEncryption";
import { createMaintenanceWindows } from "./maintenance";
import {
  agentPoolIgnoreChanges,
  autoManagedVersions,
  clusterIgnoreChanges,
  resolvePools,
} from "./pools";
import { resolveAddressPlan } from "./addressPlan";
import { TOKEN, validateInferenceClusterArgs } from "./validation";

/** The control-plane log categories the cluster sends to Azure Monitor by default. */
export const defaultClusterLogCategories = [
  "kube-apiserver",
  "kube-audit-admin",
  "guard",
  "kube-controller-manager",
  "kube-scheduler",
  "cluster-autoscaler",
];

/**
 * A private, hardened AKS cluster for Azure ML inference: private API server with Entra ID and
 * Azure RBAC only (local accounts off), Azure CNI overlay with a network policy, egress through
 * a route table or NAT gateway, Defender, Azure Policy, Container Insights, Image Cleaner,
 * workload identity, encryption at host and node disks under a customer-managed key. A tainted system pool runs inline; the inference
 * pool is a separate AgentPool isolated by label and `nodeSelector`, running the Azure ML
 * extension with an internal, TLS-terminating inference router, attached to the workspace
 * through Trusted Access.
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

  constructor(name: string, args: InferenceClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const pools = resolvePools(args);
    const v = new InputValidator(TOKEN, name);
    validateInferenceClusterArgs(v, args, pools);
    v.throwIfInvalid();

    const tags = mergeTags(args.tags);
    const { tenantId, subscriptionId } = azureContext(this);
    const clusterName = args.clusterName ?? defaultName("aksCluster", name);
    const encryptionAtHost = args.enableEncryptionAtHost ?? true;
    const upgradeChannel = args.upgradeChannel ?? "patch";
    const nodeOSUpgradeChannel = args.nodeOSUpgradeChannel ?? "NodeImage";
    const networkPolicy = args.networkPolicy ?? "cilium";
    const outboundType = args.outboundType ?? "userDefinedRouting";
    const privateDnsZone = args.privateDnsZone ?? "system";
    const child = { parent: this };

    const { identity, identityResourceId, networkRoles } = createControlPlaneIdentity(
      name,
      args,
      privateDnsZone,
      subscriptionId,
      tags,
      this,
    );

    const diskEncryption = createNodeDiskEncryption(
      name,
      args,
      identity,
      subscriptionId,
      tags,
      this,
    );

    const versionsMoveUnderAzure = autoManagedVersions(args);
    const system = pools.system;
    const cluster = new containerservice.ManagedCluster(
      `${name}-cluster`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        resourceName: clusterName,
        // DNS prefixes take no underscores, which cluster names may hold.
        dnsPrefix: args.dnsPrefix ?? clusterName.replace(/_/g, "-"),
        kubernetesVersion: args.kubernetesVersion,
        sku: { name: "Base", tier: args.skuTier ?? "Standard" },
        supportPlan: "KubernetesOfficial",
        identity: { type: "UserAssigned", userAssignedIdentities: [identityResourceId] },
        aadProfile: {
          managed: true,
          enableAzureRBAC: true,
          tenantID: tenantId,
          adminGroupObjectIDs: args.adminGroupObjectIds ?? [],
        },
        enableRBAC: true,
        disableLocalAccounts: true,
        // The three wrapped objects below hold only caller values and literals, so they are
        // known during preview and policies can judge them.
        apiServerAccessProfile: {
          enablePrivateCluster: true,
          enablePrivateClusterPublicFQDN: false,
          privateDNSZone: privateDnsZone,
          disableRunCommand: args.disableRunCommand ?? true,
        },
        networkProfile: {
          networkPlugin: "azure",
          networkPluginMode: "overlay",
          networkPolicy,
          networkDataplane: networkPolicy === "cilium" ? "cilium" : "azure",
          outboundType,
          loadBalancerSku: "standard",
          ...resolveAddressPlan(args),
        },
        securityProfile: {
          defender:
            args.enableDefender === false
              ? { securityMonitoring: { enabled: false } }
              : {
                  logAnalyticsWorkspaceResourceId: args.logAnalyticsWorkspaceResourceId,
                  securityMonitoring: { enabled: true },
                },
          workloadIdentity: { enabled: true },
          imageCleaner: { enabled: true, intervalHours: args.imageCleanerIntervalHours ?? 168 },
        },
        oidcIssuerProfile: { enabled: true },
        addonProfiles: {
          azurepolicy: { enabled: true, config: { version: "v2" } },
          omsagent: {
            enabled: true,
            config: {
              logAnalyticsWorkspaceResourceID: args.logAnalyticsWorkspaceResourceId,
              useAADAuth: "true",
            },
          },
          azureKeyvaultSecretsProvider: {
            enabled: true,
            config: { enableSecretRotation: "true", rotationPollInterval: "2m" },
          },
        },
        autoUpgradeProfile: { upgradeChannel, nodeOSUpgradeChannel },
        autoScalerProfile: { balanceSimilarNodeGroups: "true", expander: "least-waste" },
        diskEncryptionSetID: diskEncryption.diskEncryptionSetId,
        // Only the system pool is inline: changing inline pools rescales every pool and
        // removing one leaves it in Azure (pulumi-azure-native #579, #2719, #4264, #1686).
        agentPoolProfiles: [
          {
            name: system.name,
            mode: "System",
            type: "VirtualMachineScaleSets",
            vmSize: system.vmSize,
            osType: "Linux",
            osSKU: system.osSKU,
            osDiskType: system.osDiskType,
            osDiskSizeGB: system.osDiskSizeGB,
            count: system.minCount,
            enableAutoScaling: true,
            minCount: system.minCount,
            maxCount: system.maxCount,
            availabilityZones: system.availabilityZones,
            maxPods: system.maxPods,
            nodeTaints: [systemPoolTaint],
            enableNodePublicIP: false,
            enableEncryptionAtHost: encryptionAtHost,
            scaleSetPriority: "Regular",
            vnetSubnetID: args.systemSubnetResourceId,
            orchestratorVersion: args.kubernetesVersion,
            upgradeSettings: { maxSurge: system.maxSurge },
          },
        ],
        tags,
      },
      statefulOptions(this, args.protect, {
        dependsOn: [...networkRoles, ...diskEncryption.grants],
        ignoreChanges: clusterIgnoreChanges(versionsMoveUnderAzure),
      }),
    );
    const resourceId = knownResourceId(
      cluster,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.ContainerService/managedClusters",
      clusterName,
    );

    const inference = pools.inference;
    const pool = new containerservice.AgentPool(
      `${name}-pool-inference`,
      {
        resourceGroupName: args.resourceGroupName,
        resourceName: clusterName,
        agentPoolName: inference.name,
        mode: "User",
        type: "VirtualMachineScaleSets",
        vmSize: inference.vmSize,
        osType: "Linux",
        osSKU: inference.osSKU,
        osDiskType: inference.osDiskType,
        osDiskSizeGB: inference.osDiskSizeGB,
        count: inference.minCount,
        enableAutoScaling: true,
        minCount: inference.minCount,
        maxCount: inference.maxCount,
        availabilityZones: inference.availabilityZones,
        maxPods: inference.maxPods,
        nodeLabels: inference.nodeLabels,
        // No taints: Azure ML pods cannot tolerate them; the label and nodeSelector isolate.
        nodeTaints: [],
        enableNodePublicIP: false,
        enableEncryptionAtHost: encryptionAtHost,
        scaleSetPriority: "Regular",
        vnetSubnetID: args.inferenceSubnetResourceId,
        orchestratorVersion: args.kubernetesVersion,
        upgradeSettings: { maxSurge: inference.maxSurge },
        tags,
      },
      {
        parent: this,
        dependsOn: [cluster],
        ignoreChanges: agentPoolIgnoreChanges(versionsMoveUnderAzure),
      },
    );

    createMaintenanceWindows(
      name,
      args,
      clusterName,
      upgradeChannel,
      nodeOSUpgradeChannel,
      cluster,
      this,
    );

    const trustedAccess = new containerservice.TrustedAccessRoleBinding(
      `${name}-trusted-access`,
      {
        resourceGroupName: args.resourceGroupName,
        resourceName: clusterName,
        trustedAccessRoleBindingName: "azureml-workspace",
        sourceResourceId: args.machineLearningWorkspaceResourceId,
        roles: [mlWorkloadRole],
      },
      { parent: this, dependsOn: [cluster] },
    );

    const extension = new kubernetesconfiguration.Extension(
      `${name}-azureml`,
      {
        resourceGroupName: args.resourceGroupName,
        clusterRp: "Microsoft.ContainerService",
        clusterResourceName: "managedClusters",
        clusterName,
        extensionName: "azureml",
        extensionType: amlExtensionType,
        releaseTrain: "stable",
        autoUpgradeMinorVersion: true,
        scope: { cluster: { releaseNamespace: "azureml" } },
        identity: { type: "SystemAssigned" },
        configurationSettings: amlConfigurationSettings(
          args,
          inference.vmSize,
          resourceId,
          args.location,
        ),
        configurationProtectedSettings: amlProtectedSettings(args),
      },
      // Its pods are pinned to the inference pool, so the pool must exist first.
      { parent: this, dependsOn: [pool, trustedAccess] },
    );

    // Endpoints get a namespace of their own; `default` (which always exists) is the opt-out.
    const namespace = args.computeNamespace ?? defaultEndpointNamespace;
    const endpointNamespace =
      namespace === "default"
        ? []
        : [
            createEndpointNamespace(
              name,
              {
                resourceGroupName: args.resourceGroupName,
                clusterName,
                location: args.location,
                tags,
              },
              namespace,
              { parent: this, dependsOn: [cluster] },
            ),
          ];
    const workspace = pulumi
      .output(args.machineLearningWorkspaceResourceId)
      .apply((id) => parseResourceId(id));
    const workspaceName = workspace.apply((w) => w?.name ?? "");
    const workspaceGroup = workspace.apply((w) => w?.resourceGroupName ?? "");
    const computeName = args.computeName ?? "aks-inference";
    const compute = new machinelearningservices.Compute(
      `${name}-compute`,
      {
        resourceGroupName: workspaceGroup,
        workspaceName,
        computeName,
        location: args.location,
        properties: {
          computeType: "Kubernetes",
          resourceId,
          description: `AKS inference pool "${inference.name}" (nodeSelector ${inferencePoolLabelKey}=${inferencePoolLabelValue})`,
          disableLocalAuth: true,
          properties: { namespace },
        },
        tags,
      },
      { parent: this, dependsOn: [extension, trustedAccess, ...endpointNamespace] },
    );

    createDiagnosticSettings(
      name,
      "cluster",
      resourceId,
      args.diagnosticSettings,
      child,
      defaultClusterLogCategories.map((category) => ({ category })),
    );
    createRoleAssignments(name, "cluster", resourceId, args.roleAssignments ?? [], child);
    createLock(name, clusterName, resourceId, args.lock, child);

    this.name = pulumi.output(clusterName);
    this.resourceId = resourceId;
    this.oidcIssuerUrl = cluster.oidcIssuerProfile.apply((p) => p?.issuerURL);
    this.identityResourceId = identityResourceId;
    this.identityPrincipalId = identity.principalId;
    this.inferencePoolName = inference.name;
    this.inferenceNodeSelector = { [inferencePoolLabelKey]: inferencePoolLabelValue };
    this.computeResourceId = knownResourceId(
      compute,
      subscriptionId,
      workspaceGroup,
      "Microsoft.MachineLearningServices/workspaces/computes",
      workspaceName,
      computeName,
    );
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      oidcIssuerUrl: this.oidcIssuerUrl,
      identityResourceId: this.identityResourceId,
      computeResourceId: this.computeResourceId,
    });
  }
}
