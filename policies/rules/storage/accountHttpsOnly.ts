import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, rawProps, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const storageAccountHttpsOnly = resourceRule({
  name: "storage-account-https-only",
  description: "Storage accounts accept only HTTPS traffic.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_3",
    "trivy:AZU-0008",
    "azpol:Secure transfer to storage accounts should be enabled",
    "psrule:Azure.Storage.SecureTransfer",
    "mcsb:DP-3",
  ],
  remediationSteps:
    "Remove enableHttpsTrafficOnly: false or set it to true (the Azure default). At level 'remediate' the pack sets it for you.",
  url: "https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    // Unset means HTTPS only (the Azure default), so only an explicit other value fails.
    const value = "enableHttpsTrafficOnly" in props ? props.enableHttpsTrafficOnly : undefined;
    if (setToOtherThan(value, true)) {
      ctx.report(`enableHttpsTrafficOnly is ${shown(value)}; set it to true.`);
    }
  },
  remediate: (props: Props<StorageAccountArgs>) =>
    "enableHttpsTrafficOnly" in props && setToOtherThan(props.enableHttpsTrafficOnly, true)
      ? { ...rawProps(props), enableHttpsTrafficOnly: true }
      : undefined,
});
