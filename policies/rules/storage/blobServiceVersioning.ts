import type { BlobServicePropertiesArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageBlobVersioning = resourceRule({
  name: "storage-blob-versioning",
  description:
    "Blob services keep previous versions of overwritten blobs, such as datasets and model files.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["azpol:Configure your Storage account to enable blob versioning", "aprl:8ebda7c0"],
  remediationSteps:
    "Set isVersioningEnabled to true (add a lifecycle rule to expire old versions).",
  url: "https://learn.microsoft.com/azure/storage/blobs/versioning-overview",
  types: [T.blobServiceProperties],
  validate: (props: Props<BlobServicePropertiesArgs>, ctx) => {
    if (!("isVersioningEnabled" in props) || props.isVersioningEnabled !== true) {
      ctx.report("isVersioningEnabled is not true; set it to true.");
    }
  },
});
