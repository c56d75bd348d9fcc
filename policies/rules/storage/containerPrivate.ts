import type { BlobContainerArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageContainerPrivate = resourceRule({
  name: "storage-container-private",
  description: "Blob containers allow no anonymous access.",
  severity: "critical",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: [
    "checkov:CKV_AZURE_34",
    "checkov:CKV2_AZURE_8",
    "psrule:Azure.Storage.BlobAccessType",
    "trivy:AZU-0007",
    "mcsb:NS-2",
  ],
  remediationSteps: "Remove publicAccess or set it to 'None'.",
  url: "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure",
  exemptible: false,
  types: [T.blobContainer],
  validate: (props: Props<BlobContainerArgs>, ctx) => {
    if ("publicAccess" in props && props.publicAccess !== "None") {
      ctx.report(`publicAccess is '${String(props.publicAccess)}'; set it to 'None'.`);
    }
  },
});
