import { resourceRule, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

export const amlDeploymentEgressDisabled = resourceRule({
  name: "aml-deployment-egress-disabled",
  description:
    "Azure Machine Learning online deployments reach workspace resources only over private endpoints, not the internet.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:Azure Machine Learning online endpoint egress"],
  remediationSteps: "Set properties.egressPublicNetworkAccess to 'Disabled'.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint",
  types: [T.mlOnlineDeployment],
  validate: (props: DeploymentProps, ctx) => {
    const settings = settingsOf(props);
    if (settings.egressPublicNetworkAccess !== "Disabled") {
      const actual =
        "egressPublicNetworkAccess" in settings
          ? `'${String(settings.egressPublicNetworkAccess)}'`
          : "not set, so Azure enables it";
      ctx.report(`properties.egressPublicNetworkAccess must be 'Disabled'; it is ${actual}.`);
    }
  },
});
