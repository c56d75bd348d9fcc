import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrZoneRedundant = resourceRule({
  name: "acr-zone-redundant",
  description:
    "Container registries and their geo-replicas spread their content across availability zones.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: [
    "checkov:CKV_AZURE_233",
    "azpol:[Preview]: Container Registry should be Zone Redundant",
    "aprl:63491f70",
  ],
  remediationSteps:
    "Set zoneRedundancy to 'Enabled' (Premium SKU, set at creation) in a region with availability zones.",
  url: "https://learn.microsoft.com/azure/container-registry/zone-redundancy",
  types: [T.registry, T.registryReplication],
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (!("zoneRedundancy" in props)) {
      ctx.report("zoneRedundancy must be 'Enabled'; it is not set, so Azure disables it.");
      return;
    }
    const zones = props.zoneRedundancy;
    if (zones !== "Enabled") {
      ctx.report(`zoneRedundancy must be 'Enabled'; it is '${String(zones)}'.`);
    }
  },
});
