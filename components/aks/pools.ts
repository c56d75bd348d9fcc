import {
  AvailabilityZone,
  InferenceClusterArgs,
  inferencePoolLabelKey,
  inferencePoolLabelValue,
  OsDiskType,
  OsSku,
} from "./args";

/** A node pool's settings after defaults, as the cluster and the AgentPool receive them. */
export interface ResolvedPool {
  name: string;
  vmSize: string;
  minCount: number;
  maxCount: number;
  availabilityZones: AvailabilityZone[];
  maxPods: number;
  osDiskType: OsDiskType;
  osDiskSizeGB?: number;
  osSKU: OsSku;
  maxSurge: string;
}

export interface ResolvedPools {
  system: ResolvedPool;
  inference: ResolvedPool & { nodeLabels: Record<string, string> };
}

const allZones: AvailabilityZone[] = ["1", "2", "3"];

/** N-series sizes carry NVIDIA GPUs. */
export function isGpuVmSize(vmSize: string): boolean {
  return /^Standard_N/i.test(vmSize);
}

/** Applies the secure, highly available defaults to both pools. */
export function resolvePools(args: InferenceClusterArgs): ResolvedPools {
  const s = args.systemPool ?? {};
  const i = args.inferencePool ?? {};
  const inferenceVmSize = i.vmSize ?? "Standard_D8ds_v5";
  return {
    system: {
      name: s.name ?? "system",
      vmSize: s.vmSize ?? "Standard_D4ds_v5",
      minCount: s.minCount ?? 3,
      maxCount: s.maxCount ?? 5,
      availabilityZones: s.availabilityZones ?? allZones,
      maxPods: s.maxPods ?? 110,
      osDiskType: s.osDiskType ?? "Ephemeral",
      osDiskSizeGB: s.osDiskSizeGB,
      osSKU: s.osSKU ?? "AzureLinux",
      maxSurge: s.maxSurge ?? "33%",
    },
    inference: {
      name: i.name ?? "inference",
      vmSize: inferenceVmSize,
      // GPU nodes are expensive: let the pool shrink to what the Azure ML components need.
      minCount: i.minCount ?? (isGpuVmSize(inferenceVmSize) ? 0 : 3),
      maxCount: i.maxCount ?? 6,
      availabilityZones: i.availabilityZones ?? allZones,
      maxPods: i.maxPods ?? 50,
      osDiskType: i.osDiskType ?? "Ephemeral",
      osDiskSizeGB: i.osDiskSizeGB,
      osSKU: i.osSKU ?? "AzureLinux",
      maxSurge: i.maxSurge ?? "33%",
      // The isolation label goes last so extra labels cannot override it.
      nodeLabels: { ...(i.nodeLabels ?? {}), [inferencePoolLabelKey]: inferencePoolLabelValue },
    },
  };
}

/**
 * What the cluster leaves to Azure: the system pool's node count (the autoscaler's), and, on
 * channels that move minors, the versions automatic upgrades change. Ignoring them keeps a
 * preview after scaling (or an automatic upgrade) free of diffs, and stops Pulumi from undoing
 * the autoscaler's work.
 */
export function clusterIgnoreChanges(versionsMoveUnderAzure: boolean): string[] {
  return versionsMoveUnderAzure
    ? [
        "agentPoolProfiles[0].count",
        "agentPoolProfiles[0].orchestratorVersion",
        "kubernetesVersion",
      ]
    : ["agentPoolProfiles[0].count"];
}

/** What the inference pool leaves to Azure; see `clusterIgnoreChanges`. */
export function agentPoolIgnoreChanges(versionsMoveUnderAzure: boolean): string[] {
  return versionsMoveUnderAzure ? ["count", "orchestratorVersion"] : ["count"];
}
