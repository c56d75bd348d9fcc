import * as pulumi from "@pulumi/pulumi";
import { inferencePoolLabelKey, inferencePoolLabelValue } from "./args";
import { isGpuVmSize } from "./pools";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/** The extension type Azure ML installs on AKS. */
export const amlExtensionType = "Microsoft.AzureML.Kubernetes";
/** The namespace the extension installs its own pods (the inference router among them) into. */
export const amlReleaseNamespace = "azureml";

/**
 * The Azure ML extension's configuration settings (key names from the extension's ARM template,
 * Azure/AML-Kubernetes `files/deployextension.json`). Inference only, with:
 * - the inference router (azureml-fe) behind an internal Azure load balancer, never a public
 *   one (MicrosoftDocs/azure-docs#77654);
 * - TLS on the router unless explicitly opted out;
 * - every Azure ML pod pinned to the inference pool by `nodeSelector` (the extension has no
 *   setting for tolerations, Azure/AML-Kubernetes#210, #53: the pool's taint is tolerated through
 *   an Azure Policy mutation, `poolIsolation.ts`).
 */
export function amlConfigurationSettings(
  args: ResolvedInferenceClusterArgs,
  clusterResourceId: pulumi.Input<string>,
): pulumi.Output<Record<string, string>> {
  const insecure = args.allowInsecureConnections === true;
  const tls = args.inferenceRouterTls;
  const inferenceVmSize = args.pools.inference.vmSize;
  return pulumi.all([clusterResourceId, args.location]).apply(([clusterId, region]) => {
    const settings: Record<string, string> = {
      enableTraining: "False",
      enableInference: "True",
      clusterPurpose: "FastProd",
      inferenceRouterServiceType: "LoadBalancer",
      internalLoadBalancerProvider: "azure",
      "scoringFe.serviceType.internalLoadBalancer": "true",
      inferenceRouterHA: args.inferenceRouterHA === false ? "False" : "True",
      allowInsecureConnections: insecure ? "True" : "False",
      [`nodeSelector.${inferencePoolLabelKey}`]: inferencePoolLabelValue,
      // The extension never installs the device plugin by itself; GPU pods need it.
      installNvidiaDevicePlugin: isGpuVmSize(inferenceVmSize) ? "True" : "False",
      cluster_name: clusterId,
      clusterId,
      // Azure ML's relay and service bus are for Arc clusters; AKS talks to the control plane directly.
      "servicebus.enabled": "false",
      "relayserver.enabled": "false",
    };
    if (region !== undefined) {
      settings.domain = region;
      settings.jobSchedulerLocation = region;
    }
    if (!insecure && tls !== undefined) {
      settings.sslCname = tls.cname;
      if (tls.secretName !== undefined) settings["scoringFe.sslSecret"] = tls.secretName;
    }
    return settings;
  });
}

/**
 * The router's certificate and key, base64-encoded as the extension expects, as protected
 * settings (write-only in ARM) wrapped as Pulumi secrets. `undefined` when TLS comes from a
 * Kubernetes secret or is off.
 */
export function amlProtectedSettings(
  args: ResolvedInferenceClusterArgs,
): pulumi.Output<Record<string, string>> | undefined {
  const tls = args.inferenceRouterTls;
  if (args.allowInsecureConnections === true || tls === undefined || tls.secretName !== undefined) {
    return undefined;
  }
  return pulumi.secret(
    pulumi.all([tls.certificatePem, tls.keyPem]).apply(([cert, key]): Record<string, string> => ({
      "scoringFe.sslCert": Buffer.from(cert ?? "", "utf8").toString("base64"),
      "scoringFe.sslKey": Buffer.from(key ?? "", "utf8").toString("base64"),
    })),
  );
}
