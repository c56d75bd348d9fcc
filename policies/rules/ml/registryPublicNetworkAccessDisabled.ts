import type { RegistryArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const amlRegistryPublicNetworkAccessDisabled = resourceRule({
  name: "aml-registry-public-network-access-disabled",
  description:
    "Azure Machine Learning registries, and the storage Azure creates for them, are reachable only through private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:Network isolation with Azure Machine Learning registries", "mcsb:NS-2"],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled', keep allowBlobPublicAccess false in every region's systemCreatedStorageAccount, and add a private endpoint (group 'amlregistry').",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-registry-network-isolation",
  types: [T.mlRegistry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (!("publicNetworkAccess" in props)) {
      ctx.report("publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.");
    } else if (props.publicNetworkAccess !== "Disabled") {
      ctx.report(
        `publicNetworkAccess must be 'Disabled'; it is '${String(props.publicNetworkAccess)}'.`,
      );
    }
    (props.regionDetails ?? []).forEach((region, i) => {
      (region.storageAccountDetails ?? []).forEach((details, j) => {
        const open = details.systemCreatedStorageAccount?.allowBlobPublicAccess;
        if (setToOtherThan(open, false)) {
          ctx.report(
            `regionDetails[${i}].storageAccountDetails[${j}].systemCreatedStorageAccount.allowBlobPublicAccess must be false; it is ${shown(open)}.`,
          );
        }
      });
    });
  },
});
