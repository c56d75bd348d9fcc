import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const storageAccountNoCrossTenantReplication = resourceRule({
  name: "storage-account-no-cross-tenant-replication",
  description: "Storage accounts do not replicate objects to other Microsoft Entra tenants.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["azpol:Storage accounts should prevent cross tenant object replication"],
  remediationSteps: "Set allowCrossTenantReplication to false.",
  url: "https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    const value =
      "allowCrossTenantReplication" in props ? props.allowCrossTenantReplication : undefined;
    if (setToOtherThan(value, false)) {
      ctx.report(`allowCrossTenantReplication is ${shown(value)}; set it to false.`);
    }
  },
});
