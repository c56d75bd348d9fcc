import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageAccountNoBlobPublicAccess = resourceRule({
  name: "storage-account-no-blob-public-access",
  description: "Storage accounts forbid anonymous public read access to blobs.",
  severity: "critical",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: [
    "checkov:CKV_AZURE_190",
    "checkov:CKV2_AZURE_47",
    "azpol:Storage account public access should be disallowed",
    "psrule:Azure.Storage.BlobPublicAccess",
    "mcsb:NS-2",
  ],
  remediationSteps: "Set allowBlobPublicAccess to false.",
  url: "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
  exemptible: false,
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    if (!("allowBlobPublicAccess" in props)) {
      ctx.report("allowBlobPublicAccess is not set; set it to false.");
    } else if (props.allowBlobPublicAccess !== false) {
      ctx.report(
        `allowBlobPublicAccess is ${String(props.allowBlobPublicAccess)}; set it to false.`,
      );
    }
  },
});
