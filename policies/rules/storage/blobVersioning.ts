import type { BlobServicePropertiesArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";
import { accountsWithoutBlobService } from "./lib/blobServices";

export const storageBlobVersioning = resourceRule({
  name: "storage-blob-versioning",
  description:
    "Storage accounts keep previous versions of overwritten blobs, such as datasets and model files, through blob service settings in the stack.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["azpol:Configure your Storage account to enable blob versioning", "aprl:8ebda7c0"],
  remediationSteps:
    "Add a storage:BlobServiceProperties for each account (blobServicesName 'default') with isVersioningEnabled: true (add a lifecycle rule to expire old versions).",
  url: "https://learn.microsoft.com/azure/storage/blobs/versioning-overview",
  types: [T.blobServiceProperties],
  validate: (props: Props<BlobServicePropertiesArgs>, ctx) => {
    if (!("isVersioningEnabled" in props) || props.isVersioningEnabled !== true) {
      ctx.report("isVersioningEnabled is not true; set it to true.");
    }
  },
  stack: {
    subject: T.storageAccount,
    validate: (resources, ctx) => {
      for (const account of accountsWithoutBlobService(resources)) {
        ctx.report(
          `The storage account '${account.name}' has no blob service settings in the stack, so overwritten blobs keep no previous version; add a storage:BlobServiceProperties with isVersioningEnabled: true.`,
          account,
        );
      }
    },
  },
});
