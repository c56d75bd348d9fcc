import { resourceRule, T } from "../../lib";
import { ExtensionProps, inferenceSettings } from "./lib/amlExtension";

const AT = "configurationSettings";

export const amlExtensionInternalLoadBalancer = resourceRule({
  name: "aml-extension-internal-load-balancer",
  description:
    "The Azure Machine Learning extension exposes its inference router on an internal load balancer, never a public IP address.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "own:Azure Machine Learning Kubernetes extension inference router exposure",
    "mcsb:NS-2",
  ],
  remediationSteps: `With ${AT}.inferenceRouterServiceType 'LoadBalancer' set ${AT}.internalLoadBalancerProvider to 'azure' (or use 'ClusterIP' behind an internal ingress).`,
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-deploy-kubernetes-extension",
  types: [T.clusterExtension],
  validate: (props: ExtensionProps, ctx) => {
    const settings = inferenceSettings(props);
    if (settings === undefined || !("inferenceRouterServiceType" in settings)) return;
    if (String(settings.inferenceRouterServiceType).toLowerCase() !== "loadbalancer") return;
    const provider =
      "internalLoadBalancerProvider" in settings
        ? settings.internalLoadBalancerProvider
        : undefined;
    if (String(provider).toLowerCase() !== "azure") {
      const actual = provider === undefined ? "not set" : `'${String(provider)}'`;
      ctx.report(
        `${AT}.internalLoadBalancerProvider must be 'azure' with inferenceRouterServiceType 'LoadBalancer'; it is ${actual}, so the inference router gets a public IP address.`,
      );
    }
  },
});
