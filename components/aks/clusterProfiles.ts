import type { ResolvedInferenceClusterArgs } from "./resolve";

/*
 * The managed cluster's security-relevant profiles. They hold only caller values and literals, so
 * they are known during preview and policies can judge them.
 */

/** A private API server with no public FQDN; run command blocked unless opted out. */
export function apiServerAccessProfile(args: ResolvedInferenceClusterArgs) {
  return {
    enablePrivateCluster: true,
    enablePrivateClusterPublicFQDN: false,
    privateDNSZone: args.privateDnsZone,
    disableRunCommand: args.disableRunCommand,
  };
}

/** Azure CNI overlay with a network policy, egress never through a public load balancer. */
export function networkProfile(args: ResolvedInferenceClusterArgs) {
  return {
    networkPlugin: "azure",
    networkPluginMode: "overlay",
    networkPolicy: args.networkPolicy,
    networkDataplane: args.networkPolicy === "cilium" ? "cilium" : "azure",
    outboundType: args.outboundType,
    loadBalancerSku: "standard",
    podCidr: args.podCidr,
    serviceCidr: args.serviceCidr,
    dnsServiceIP: args.dnsServiceIP,
  };
}

/** Defender's sensor, workload identity and Image Cleaner. */
export function securityProfile(args: ResolvedInferenceClusterArgs) {
  return {
    defender:
      args.enableDefender === false
        ? { securityMonitoring: { enabled: false } }
        : {
            logAnalyticsWorkspaceResourceId: args.logAnalyticsWorkspaceResourceId,
            securityMonitoring: { enabled: true },
          },
    workloadIdentity: { enabled: true },
    imageCleaner: { enabled: true, intervalHours: args.imageCleanerIntervalHours },
  };
}

/** Azure Policy (Gatekeeper), Container Insights with Entra ID auth, the Key Vault CSI driver. */
export function addonProfiles(args: ResolvedInferenceClusterArgs) {
  return {
    azurepolicy: args.enableAzurePolicy
      ? { enabled: true, config: { version: "v2" } }
      : { enabled: false },
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
  };
}
