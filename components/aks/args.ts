import * as pulumi from "@pulumi/pulumi";
import { DiagnosticSettingArgs, DiskEncryptionKeyArgs, SharedResourceArgs } from "../common";
import {
  INFERENCE_POOL_LABEL_KEY,
  INFERENCE_POOL_LABEL_VALUE,
  INFERENCE_POOL_TAINT,
} from "../../policies/facts/inferencePool";

/** The node label that marks the inference pool; Azure ML pins its pods to it by `nodeSelector`. */
export const inferencePoolLabelKey = INFERENCE_POOL_LABEL_KEY;
/** The value of `inferencePoolLabelKey` on the inference pool's nodes. */
export const inferencePoolLabelValue = INFERENCE_POOL_LABEL_VALUE;
/** The taint that keeps every pod without the matching toleration off the inference pool. */
export const inferencePoolTaint = INFERENCE_POOL_TAINT;
/** The Trusted Access role that lets an Azure ML workspace reach a cluster without local accounts. */
export const mlWorkloadRole = "Microsoft.MachineLearningServices/workspaces/mlworkload";
/** The taint that keeps application pods off the system pool. */
export const systemPoolTaint = "CriticalAddonsOnly=true:NoSchedule";

export type AvailabilityZone = "1" | "2" | "3";
export type OsDiskType = "Ephemeral" | "Managed";
export type OsSku = "AzureLinux" | "Ubuntu";

/** Settings common to the system pool and the inference pool. */
export interface NodePoolArgs {
  /** The VM size; the inference pool takes GPU sizes too (e.g. `Standard_NC24ads_A100_v4`). */
  vmSize?: string;
  /** Autoscaler lower bound. The inference pool may use 0 (scale to zero, e.g. for GPUs). */
  minCount?: number;
  /** Autoscaler upper bound; must be >= minCount. */
  maxCount?: number;
  /** Zones to spread nodes across; a subset of 1, 2, 3. @default ["1", "2", "3"] */
  availabilityZones?: AvailabilityZone[];
  /** Pods per node (overlay: 10-250; the system pool needs at least 30). */
  maxPods?: number;
  /**
   * Opt-out of ephemeral OS disks (faster reimage, no OS disk cost, no persistent OS state).
   * Use "Managed" only for sizes whose cache or temp disk is too small.
   * @default "Ephemeral"
   */
  osDiskType?: OsDiskType;
  /** @default - AKS picks the largest size the VM's cache or temp disk allows */
  osDiskSizeGB?: number;
  /** @default "AzureLinux" */
  osSKU?: OsSku;
  /** Extra nodes during upgrades: a count ("1") or percentage ("33%"). @default "33%" */
  maxSurge?: string;
}

/** The system pool, declared inline in the cluster (the only inline pool). */
export interface SystemPoolArgs extends NodePoolArgs {
  /** @default "system" */
  name?: string;
  /** @default "Standard_D4ds_v5" */
  vmSize?: string;
  /** @default 3 (one node per zone) */
  minCount?: number;
  /** @default 5 */
  maxCount?: number;
  /** @default 110 */
  maxPods?: number;
}

/**
 * The inference pool, its own `AgentPool` resource: Azure ML's pods are pinned to it by label and
 * `nodeSelector`, and (with `isolateInferencePool`) its taint keeps other pods off it.
 */
export interface InferencePoolArgs extends NodePoolArgs {
  /** Lowercase letters and digits, starting with a letter, at most 12. @default "inference" */
  name?: string;
  /** Azure ML needs a user pool; `System` is rejected. @default "User" */
  mode?: "User" | "System";
  /** @default "Standard_D8ds_v5" */
  vmSize?: string;
  /** @default 3 (one node per zone, enough for the HA inference router); 0 for N-series (GPU) sizes */
  minCount?: number;
  /** @default 6 */
  maxCount?: number;
  /** @default 50 */
  maxPods?: number;
  /**
   * Spot capacity is rejected: Spot nodes carry a taint that the Azure ML extension does not
   * tolerate (Azure/AML-Kubernetes#53), so nothing would be scheduled on them.
   * @default "Regular"
   */
  scaleSetPriority?: "Regular" | "Spot";
  /** More node labels; the isolation label `ailz.io/pool: inference` is always set. @default {} */
  nodeLabels?: Record<string, string>;
}

/** TLS for the Azure ML inference router (azureml-fe). */
export interface InferenceRouterTlsArgs {
  /** Required. The host name clients call, matching the certificate, e.g. `scoring.contoso.internal`. */
  cname: string;
  /**
   * A Kubernetes secret in the `azureml` namespace holding `cert.pem` and `key.pem`.
   * Conflicts with `certificatePem`/`keyPem`.
   */
  secretName?: string;
  /** The PEM certificate chain; sent base64-encoded as a protected setting. Needs `keyPem`. */
  certificatePem?: pulumi.Input<string>;
  /** The PEM private key; sent base64-encoded as a protected setting. Needs `certificatePem`. */
  keyPem?: pulumi.Input<string>;
}

/** A weekly window for automatic upgrades. */
export interface MaintenanceWindowArgs {
  /** @default "Sunday" */
  dayOfWeek?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
  /** `HH:mm`. @default "00:00" */
  startTime?: string;
  /** 4-24 hours (AKS needs at least 4). @default 4 */
  durationHours?: number;
  /** `+HH:mm` or `-HH:mm`. @default "+00:00" */
  utcOffset?: string;
}

export type UpgradeChannel = "patch" | "stable" | "rapid" | "node-image" | "none";
export type NodeOsUpgradeChannel = "NodeImage" | "SecurityPatch" | "Unmanaged" | "None";

export interface InferenceClusterArgs extends SharedResourceArgs {
  /** Required. The resource group for the cluster and its identity. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /** The cluster name (1-63 letters, digits, hyphens, underscores). @default `aks-<name>` */
  clusterName?: string;
  /** 2-54 letters, digits or hyphens. @default - the cluster name, underscores as hyphens */
  dnsPrefix?: string;
  /**
   * The Kubernetes version for the control plane and both pools; below `minimumKubernetesVersion`
   * (1.33) is rejected. With an auto-upgrade channel other than `none`, later upgrades are
   * Azure's, and this value is only the starting point (changes to it are ignored).
   * @default - the AKS default version of the region
   */
  kubernetesVersion?: string;
  /** `Free` has no uptime SLA and is rejected. @default "Standard" */
  skuTier?: "Standard" | "Premium";

  /**
   * Required. The `Microsoft.Network/virtualNetworks/subnets` ID for system nodes. It is the
   * cluster's default subnet, so internal load balancers (the inference router's) take their
   * frontend address here.
   */
  systemSubnetResourceId: pulumi.Input<string>;
  /** Required. The `Microsoft.Network/virtualNetworks/subnets` ID for inference nodes. */
  inferenceSubnetResourceId: pulumi.Input<string>;
  /**
   * The system subnet's CIDR, to check it holds the pool and two load balancer frontends;
   * `LandingZoneNetwork.subnetAddressPrefixes.aksSystem` fits.
   * @default - not checked
   */
  systemSubnetAddressPrefix?: string;
  /**
   * The inference subnet's CIDR, to check it holds the pool; `subnetAddressPrefixes.aksInference` fits.
   * @default - not checked
   */
  inferenceSubnetAddressPrefix?: string;
  /** Network policy engine (Azure CNI overlay in both cases). @default "cilium" */
  networkPolicy?: "cilium" | "azure";
  /** Overlay pod CIDR: one /24 per node. Must not overlap the VNet. @default "10.244.0.0/16" */
  podCidr?: string;
  /** Service CIDR. Must not overlap the VNet or the pod CIDR. @default "10.0.0.0/16" */
  serviceCidr?: string;
  /** Cluster DNS address inside `serviceCidr`. @default "10.0.0.10" */
  dnsServiceIP?: string;
  /**
   * How nodes reach the internet. `userDefinedRouting` sends egress through the route table on
   * the subnets (typically to a hub firewall); `userAssignedNATGateway` through a NAT gateway
   * associated with the subnets. No public load balancer is ever created for egress.
   * @default "userDefinedRouting"
   */
  outboundType?: "userDefinedRouting" | "userAssignedNATGateway";
  /**
   * Conditional: required with `userDefinedRouting`. The `Microsoft.Network/routeTables` ID
   * associated with both node subnets, with a default route to the firewall. AKS refuses to
   * create the cluster when the subnets have no route table.
   */
  routeTableResourceId?: pulumi.Input<string>;
  /**
   * Conditional: required with `userAssignedNATGateway`. The `Microsoft.Network/natGateways` ID
   * associated with both node subnets.
   */
  natGatewayResourceId?: pulumi.Input<string>;
  /**
   * The private DNS zone of the API server: `"system"` (AKS creates one in the node resource
   * group) or a `Microsoft.Network/privateDnsZones` ID named `privatelink.<region>.azmk8s.io`
   * or `<subzone>.privatelink.<region>.azmk8s.io` (hub and spoke). A brought zone gets Private
   * DNS Zone Contributor for the control-plane identity, and its VNet Network Contributor.
   * Write `"system"` as a literal; a computed value is taken as a zone ID.
   * @default "system"
   */
  privateDnsZone?: pulumi.Input<string>;
  /**
   * Opt-out of blocking `az aks command invoke`, which runs commands in the cluster with the
   * caller's Azure identity and bypasses the private network.
   * @default true
   */
  disableRunCommand?: boolean;
  /** Entra ID groups with cluster-admin through Azure RBAC. @default [] */
  adminGroupObjectIds?: pulumi.Input<string>[];

  /** @default { name: "system", vmSize: "Standard_D4ds_v5", minCount: 3, maxCount: 5, maxPods: 110 } */
  systemPool?: SystemPoolArgs;
  /** @default { name: "inference", vmSize: "Standard_D8ds_v5", minCount: 3, maxCount: 6, maxPods: 50 } */
  inferencePool?: InferencePoolArgs;
  /**
   * Opt-out of encryption at host (temp disks and OS/data disk caches encrypted on the host).
   * Needs the `Microsoft.Compute/EncryptionAtHost` feature registered on the subscription.
   * @default true
   */
  enableEncryptionAtHost?: boolean;
  /**
   * Conditional: the customer-managed key for the nodes' OS and data disks (and, with encryption
   * at host, their caches and temp disks). The component creates a disk encryption set over it
   * that reads the key with the given identity and follows its rotation;
   * `EncryptionKey.diskEncryptionKey` fits. Required unless `diskEncryptionSetResourceId` brings
   * a set or `platformManagedDiskKeys` opts out. Disk encryption is chosen at cluster creation.
   */
  diskEncryptionKey?: DiskEncryptionKeyArgs;
  /**
   * A `Microsoft.Compute/diskEncryptionSets` ID to encrypt the nodes' disks with, instead of
   * creating a set from `diskEncryptionKey`. The control plane's identity is granted Reader on it.
   * @default - a set is created from `diskEncryptionKey`
   */
  diskEncryptionSetResourceId?: pulumi.Input<string>;
  /**
   * Opt-out of customer-managed disk keys: node disks use platform-managed keys. The pack's
   * `aks-disk-encryption-set` reports it.
   * @default false
   */
  platformManagedDiskKeys?: boolean;

  /** @default "patch" */
  upgradeChannel?: UpgradeChannel;
  /** @default "NodeImage" */
  nodeOSUpgradeChannel?: NodeOsUpgradeChannel;
  /** When automatic upgrades may run. @default { dayOfWeek: "Sunday", startTime: "00:00", durationHours: 4, utcOffset: "+00:00" } */
  maintenanceWindow?: MaintenanceWindowArgs;

  /**
   * Required. The `Microsoft.OperationalInsights/workspaces` ID for Container Insights and
   * Defender for Containers.
   */
  logAnalyticsWorkspaceResourceId: pulumi.Input<string>;
  /** Opt-out of Defender for Containers' runtime sensor. @default true */
  enableDefender?: boolean;
  /**
   * Opt-out of the Azure Policy add-on (Gatekeeper), which enforces in-cluster policy
   * (`GovernanceBaseline`'s pod security and allowed images) and runs the inference pool's
   * isolation; turn it off only for a cluster that runs its own Gatekeeper. Needs
   * `isolateInferencePool: false`. The pack's `aks-azure-policy-addon` reports it.
   * @default true
   */
  enableAzurePolicy?: boolean;
  /** How often Image Cleaner removes unused, vulnerable images (24-2160). @default 168 */
  imageCleanerIntervalHours?: number;
  /**
   * Required. Control-plane logs; `[]` opts out. Defaults per setting: kube-apiserver,
   * kube-audit-admin, guard, kube-controller-manager, kube-scheduler and cluster-autoscaler,
   * plus AllMetrics.
   */
  diagnosticSettings: DiagnosticSettingArgs[];

  /** Required. The `Microsoft.MachineLearningServices/workspaces` ID to attach the cluster to. */
  machineLearningWorkspaceResourceId: pulumi.Input<string>;
  /** The workspace compute name (2-16 letters, digits, hyphens, starting with a letter). @default "aks-inference" */
  computeName?: string;
  /**
   * The namespace Azure ML deploys endpoints into, created as an AKS managed namespace so the
   * endpoints do not share `default` with other workloads. `"default"` is the opt-out (it always
   * exists, so nothing is created).
   * @default "azureml-endpoints"
   */
  computeNamespace?: string;
  /**
   * TLS for the inference router behind its internal load balancer. Conditional: required
   * unless `allowInsecureConnections` is true.
   */
  inferenceRouterTls?: InferenceRouterTlsArgs;
  /**
   * Opt-out of TLS on the inference router (plain HTTP inside the VNet). For test clusters only.
   * @default false
   */
  allowInsecureConnections?: boolean;
  /**
   * Keeps other workloads off the inference pool: the pool gets the NoSchedule taint
   * `ailz.io/pool=inference:NoSchedule`, and an Azure Policy for Kubernetes mutation, assigned
   * at the cluster, adds the matching toleration to the pods of the `azureml` namespace and the
   * endpoints' namespace (`computeNamespace`), since the Azure ML extension cannot add
   * tolerations itself. The mutation effect is in preview and needs the Azure Policy add-on.
   * `false` is the opt-out: no taint and no policy, Azure ML's pods are still pinned to the pool
   * by label, but other pods may be scheduled on it too; the pack's
   * `aks-inference-pool-isolated` reports it.
   * @default true
   */
  isolateInferencePool?: boolean;
  /**
   * Three router replicas spread over nodes; needs at least 3 inference nodes
   * (Azure/AML-Kubernetes#271).
   * @default true
   */
  inferenceRouterHA?: boolean;

  /** Protects the cluster from deletion by Pulumi. @default true */
  protect?: boolean;
}
