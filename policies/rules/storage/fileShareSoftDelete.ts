import type { FileServicePropertiesArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageFileShareSoftDelete = resourceRule({
  name: "storage-file-share-soft-delete",
  description: "File services keep deleted file shares recoverable for a minimum number of days.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.Storage.FileShareSoftDelete"],
  remediationSteps:
    "Set shareDeleteRetentionPolicy to { enabled: true, days: <at least minimumDays> } on the storage:FileServiceProperties.",
  url: "https://learn.microsoft.com/azure/storage/files/storage-files-prevent-file-share-deletion",
  types: [T.fileServiceProperties],
  config: {
    minimumDays: {
      type: "integer",
      minimum: 1,
      maximum: 365,
      default: 7,
      description: "Fewest days deleted file shares stay recoverable.",
    },
  },
  validate: (props: Props<FileServicePropertiesArgs>, ctx) => {
    const min = ctx.config.minimumDays;
    if (!("shareDeleteRetentionPolicy" in props)) {
      ctx.report(
        `shareDeleteRetentionPolicy is not set; set it to { enabled: true, days: ${min} }.`,
      );
      return;
    }
    const policy = props.shareDeleteRetentionPolicy;
    if (policy?.enabled !== true) {
      ctx.report(`shareDeleteRetentionPolicy.enabled is not true; enable it with days: ${min}.`);
    } else if (typeof policy.days !== "number" || policy.days < min) {
      ctx.report(
        `shareDeleteRetentionPolicy.days is ${String(policy.days)}; keep at least ${min} days.`,
      );
    }
  },
});
