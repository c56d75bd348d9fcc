import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrDedicatedDataEndpoints = resourceRule({
  name: "acr-dedicated-data-endpoints",
  description:
    "Container registries serve image layers from dedicated data endpoints, so firewalls allow one registry instead of a whole region's storage.",
  severity: "low",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV_AZURE_237"],
  remediationSteps: "Set dataEndpointEnabled to true (Premium SKU).",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (props.dataEndpointEnabled !== true) {
      ctx.report(
        "dataEndpointEnabled" in props
          ? `dataEndpointEnabled is ${String(props.dataEndpointEnabled)}; set it to true.`
          : "dataEndpointEnabled is not set (disabled); set it to true.",
      );
    }
  },
});
