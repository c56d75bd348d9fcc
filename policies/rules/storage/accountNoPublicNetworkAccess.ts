import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageAccountNoPublicNetworkAccess = resourceRule({
  name: "storage-account-no-public-network-access",
  description:
    "Storage accounts disable public network access and are reached over private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_59",
    "azpol:Storage accounts should disable public network access",
    "aprl:dc55be60",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled' and add a private endpoint (group 'blob', and 'dfs'/'file' as used).",
  url: "https://learn.microsoft.com/azure/storage/common/storage-network-security",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    if (!("publicNetworkAccess" in props)) {
      ctx.report("publicNetworkAccess is not set (Azure enables it); set it to 'Disabled'.");
      return;
    }
    const value = props.publicNetworkAccess;
    if (value !== "Disabled" && value !== "SecuredByPerimeter") {
      ctx.report(`publicNetworkAccess is '${String(value)}'; set it to 'Disabled'.`);
    }
  },
});
