import type { OnlineEndpointArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, T } from "../../lib";

export const amlEndpointPublicNetworkAccessDisabled = resourceRule({
  name: "aml-endpoint-public-network-access-disabled",
  description:
    "Azure Machine Learning online endpoints accept scoring requests only through the workspace's private endpoint.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["mcsb:NS-2", "own:Azure Machine Learning online endpoint network isolation"],
  remediationSteps: "Set properties.publicNetworkAccess to 'Disabled'.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint",
  types: [T.mlOnlineEndpoint],
  validate: (props: Props<OnlineEndpointArgs>, ctx) => {
    const properties = props.properties;
    // azure-native fills in 'Enabled' when the program leaves it out.
    if (properties === undefined || !("publicNetworkAccess" in properties)) {
      ctx.report(
        "properties.publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
      );
    } else if (properties.publicNetworkAccess !== "Disabled") {
      ctx.report(
        `properties.publicNetworkAccess must be 'Disabled'; it is '${String(properties.publicNetworkAccess)}'.`,
      );
    }
  },
});
