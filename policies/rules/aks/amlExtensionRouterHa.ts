import { resourceRule, T } from "../../lib";
import { ExtensionProps, inferenceSettings } from "./amlExtensionSettings";

export const amlExtensionRouterHa = resourceRule({
  name: "aml-extension-router-ha",
  description:
    "The Azure Machine Learning extension runs its inference router with several replicas, so one pod or node loss does not stop scoring.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["own:Azure Machine Learning Kubernetes extension inferenceRouterHA"],
  remediationSteps:
    "Remove configurationSettings.inferenceRouterHA (the default runs three router replicas) or set it to 'True'.",
  url: "https://learn.microsoft.com/azure/machine-learning/reference-kubernetes",
  types: [T.clusterExtension],
  validate: (props: ExtensionProps, ctx) => {
    const settings = inferenceSettings(props);
    if (settings === undefined || !("inferenceRouterHA" in settings)) return;
    if (String(settings.inferenceRouterHA).toLowerCase() === "false") {
      ctx.report(
        `configurationSettings.inferenceRouterHA must be 'True'; it is '${settings.inferenceRouterHA}', so one router replica serves every request.`,
      );
    }
  },
});
