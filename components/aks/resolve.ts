import * as pulumi from "@pulumi/pulumi";
import { defaultName } from "../common";
import {
  InferenceClusterArgs,
  MaintenanceWindowArgs,
  NodeOsUpgradeChannel,
  UpgradeChannel,
} from "./args";
import { amlReleaseNamespace } from "./amlExtension";
import { defaultEndpointNamespace } from "./endpointNamespace";
import { ResolvedPools, resolvePools } from "./pools";

/** `InferenceClusterArgs` with every default the component reads applied, each in one place. */
export interface ResolvedInferenceClusterArgs extends InferenceClusterArgs {
  clusterName: string;
  dnsPrefix: string;
  /** Whether the caller gave `dnsPrefix`; a derived one is judged only with a valid cluster name. */
  dnsPrefixGiven: boolean;
  skuTier: "Standard" | "Premium";
  networkPolicy: "cilium" | "azure";
  podCidr: string;
  serviceCidr: string;
  dnsServiceIP: string;
  outboundType: "userDefinedRouting" | "userAssignedNATGateway";
  privateDnsZone: pulumi.Input<string>;
  disableRunCommand: boolean;
  adminGroupObjectIds: pulumi.Input<string>[];
  /** Both pools with their defaults (the raw `systemPool`/`inferencePool` stay for validation). */
  pools: ResolvedPools;
  enableEncryptionAtHost: boolean;
  upgradeChannel: UpgradeChannel;
  nodeOSUpgradeChannel: NodeOsUpgradeChannel;
  maintenanceWindow: Required<MaintenanceWindowArgs>;
  /** Channels that change minors move versions under Azure; the cluster then ignores them. */
  versionsMoveUnderAzure: boolean;
  enableDefender: boolean;
  enableAzurePolicy: boolean;
  imageCleanerIntervalHours: number;
  computeName: string;
  computeNamespace: string;
  isolateInferencePool: boolean;
  /** Where Azure ML runs pods: the extension's namespace and the endpoints' namespace. */
  azureMlNamespaces: string[];
  allowInsecureConnections: boolean;
  inferenceRouterHA: boolean;
  protect: boolean;
}

/**
 * Applies `InferenceCluster`'s defaults once; the constructor, the validation and the composite
 * (`AiLandingZone`, with the child's component name) read only the result.
 */
export function resolveInferenceClusterArgs(
  name: string,
  args: InferenceClusterArgs,
): ResolvedInferenceClusterArgs {
  const clusterName = args.clusterName ?? defaultName("aksCluster", name);
  const upgradeChannel = args.upgradeChannel ?? "patch";
  const window = args.maintenanceWindow ?? {};
  // `default` (which always exists) is the opt-out.
  const computeNamespace = args.computeNamespace ?? defaultEndpointNamespace;
  return {
    ...args,
    clusterName,
    // DNS prefixes take no underscores, which cluster names may hold.
    dnsPrefix: args.dnsPrefix ?? clusterName.replace(/_/g, "-"),
    dnsPrefixGiven: args.dnsPrefix !== undefined,
    skuTier: args.skuTier ?? "Standard",
    networkPolicy: args.networkPolicy ?? "cilium",
    podCidr: args.podCidr ?? "10.244.0.0/16",
    serviceCidr: args.serviceCidr ?? "10.0.0.0/16",
    dnsServiceIP: args.dnsServiceIP ?? "10.0.0.10",
    outboundType: args.outboundType ?? "userDefinedRouting",
    privateDnsZone: args.privateDnsZone ?? "system",
    disableRunCommand: args.disableRunCommand ?? true,
    adminGroupObjectIds: args.adminGroupObjectIds ?? [],
    pools: resolvePools(args),
    enableEncryptionAtHost: args.enableEncryptionAtHost ?? true,
    upgradeChannel,
    nodeOSUpgradeChannel: args.nodeOSUpgradeChannel ?? "NodeImage",
    maintenanceWindow: {
      dayOfWeek: window.dayOfWeek ?? "Sunday",
      startTime: window.startTime ?? "00:00",
      durationHours: window.durationHours ?? 4,
      utcOffset: window.utcOffset ?? "+00:00",
    },
    versionsMoveUnderAzure: upgradeChannel === "stable" || upgradeChannel === "rapid",
    enableDefender: args.enableDefender ?? true,
    enableAzurePolicy: args.enableAzurePolicy ?? true,
    imageCleanerIntervalHours: args.imageCleanerIntervalHours ?? 168,
    computeName: args.computeName ?? "aks-inference",
    computeNamespace,
    isolateInferencePool: args.isolateInferencePool ?? true,
    azureMlNamespaces: [amlReleaseNamespace, computeNamespace],
    allowInsecureConnections: args.allowInsecureConnections ?? false,
    inferenceRouterHA: args.inferenceRouterHA ?? true,
    protect: args.protect ?? true,
  };
}
