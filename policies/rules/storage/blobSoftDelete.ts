import type { BlobServicePropertiesArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";
import { accountsWithoutBlobService } from "./lib/blobServices";

export const storageBlobSoftDelete = resourceRule({
  name: "storage-blob-soft-delete",
  description:
    "Storage accounts keep deleted blobs and containers recoverable for a minimum number of days, through blob service settings in the stack.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: [
    "checkov:CKV2_AZURE_38",
    "psrule:Azure.Storage.SoftDelete",
    "psrule:Azure.Storage.ContainerSoftDelete",
    "trivy:AZU-0056",
    "azpol:Configure soft delete for blobs and containers on Storage Accounts",
    "aprl:03263c57",
  ],
  remediationSteps:
    "Add a storage:BlobServiceProperties for each account (blobServicesName 'default') with deleteRetentionPolicy and containerDeleteRetentionPolicy set to { enabled: true, days: <at least minimumDays> }.",
  url: "https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview",
  types: [T.blobServiceProperties],
  config: {
    minimumDays: {
      type: "integer",
      minimum: 1,
      maximum: 365,
      default: 7,
      description: "Fewest days deleted blobs and containers stay recoverable.",
    },
  },
  validate: (props: Props<BlobServicePropertiesArgs>, ctx) => {
    const min = ctx.config.minimumDays;
    for (const key of ["deleteRetentionPolicy", "containerDeleteRetentionPolicy"] as const) {
      if (!(key in props)) {
        ctx.report(`${key} is not set; set it to { enabled: true, days: ${min} }.`);
        continue;
      }
      const policy = props[key];
      if (policy?.enabled !== true) {
        ctx.report(`${key}.enabled is not true; enable it with days: ${min}.`);
      } else if (typeof policy.days !== "number" || policy.days < min) {
        ctx.report(`${key}.days is ${String(policy.days)}; keep at least ${min} days.`);
      }
    }
  },
  stack: {
    subject: T.storageAccount,
    validate: (resources, ctx) => {
      for (const account of accountsWithoutBlobService(resources)) {
        ctx.report(
          `The storage account '${account.name}' has no blob service settings in the stack, so deleted blobs and containers cannot be recovered; add a storage:BlobServiceProperties with deleteRetentionPolicy and containerDeleteRetentionPolicy enabled.`,
          account,
        );
      }
    },
  },
});
