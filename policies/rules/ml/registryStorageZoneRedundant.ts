import type { RegistryArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, T } from "../../lib";

const ZONE_REDUNDANT = ["Standard_ZRS", "Standard_GZRS", "Standard_RAGZRS", "Premium_ZRS"];

export const amlRegistryStorageZoneRedundant = resourceRule({
  name: "aml-registry-storage-zone-redundant",
  description:
    "Azure Machine Learning registries keep their assets on zone-redundant storage in every region.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["own:Azure Machine Learning registries, regionDetails storageAccountType"],
  remediationSteps:
    "Set storageAccountType to Standard_ZRS, Standard_GZRS, Standard_RAGZRS or Premium_ZRS in every region's systemCreatedStorageAccount (set at creation).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-manage-registries",
  types: [T.mlRegistry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    const regions = props.regionDetails ?? [];
    if (regions.length === 0) {
      ctx.report("regionDetails must list the registry's regions with their storage; it is empty.");
      return;
    }
    regions.forEach((region, i) => {
      const accounts = region.storageAccountDetails ?? [];
      if (accounts.length === 0) {
        ctx.report(
          `regionDetails[${i}] (${String(region.location)}) must set a storage account type; none is set, so Azure chooses one.`,
        );
      }
      accounts.forEach((details, j) => {
        const type = details.systemCreatedStorageAccount?.storageAccountType;
        if (!ZONE_REDUNDANT.includes(String(type))) {
          ctx.report(
            `regionDetails[${i}].storageAccountDetails[${j}].systemCreatedStorageAccount.storageAccountType must be zone-redundant (${ZONE_REDUNDANT.join(", ")}); it is '${String(type)}'.`,
          );
        }
      });
    });
  },
});
