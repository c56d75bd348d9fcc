import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrPublicNetworkAccessDisabled = resourceRule({
  name: "acr-public-network-access-disabled",
  description: "Container registries are reachable only through private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_139",
    "azpol:Public network access should be disabled for Container registries",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled' and reach the registry through a private endpoint (Premium SKU).",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-private-link",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (!("publicNetworkAccess" in props)) {
      ctx.report("publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.");
      return;
    }
    const access = props.publicNetworkAccess;
    if (access !== "Disabled") {
      ctx.report(`publicNetworkAccess must be 'Disabled'; it is '${String(access)}'.`);
    }
  },
});
