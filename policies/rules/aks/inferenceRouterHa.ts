import { resourceRule, T } from "../../lib";
import { amlSettings, ExtensionProps, setting } from "../ml/lib/amlExtension";

export const aksInferenceRouterHa = resourceRule({
  name: "aks-inference-router-ha",
  description: "The Azure ML inference router on AKS runs highly available, with several replicas.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["own:Azure ML Kubernetes extension inferenceRouterHA"],
  remediationSteps:
    "Remove configurationSettings.inferenceRouterHA or set it to 'True' (InferenceCluster's inferenceRouterHA: false is its opt-out).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-deploy-kubernetes-extension#review-azure-machine-learning-extension-configuration-settings",
  types: [T.clusterExtension],
  validate: (props: ExtensionProps, ctx) => {
    const settings = amlSettings(props);
    if (settings === undefined) return;
    // Unset, the extension runs three router replicas.
    if (setting(settings, "inferenceRouterHA") === "false") {
      ctx.report(
        "configurationSettings.inferenceRouterHA is 'False', so one router replica carries all scoring traffic; set it to 'True'.",
      );
    }
  },
});
