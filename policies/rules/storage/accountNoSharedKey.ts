import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageAccountNoSharedKey = resourceRule({
  name: "storage-account-no-shared-key",
  description:
    "Storage accounts refuse shared-key authorization so every caller uses Microsoft Entra ID.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV2_AZURE_40",
    "psrule:Azure.Storage.LocalAuth",
    "azpol:Storage accounts should prevent shared key access",
    "mcsb:IM-1",
  ],
  remediationSteps:
    "Set allowSharedKeyAccess to false and grant data-plane roles (Storage Blob Data Reader/Contributor) to identities; AML workspaces need systemDatastoresAuthMode 'Identity'.",
  url: "https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    if (!("allowSharedKeyAccess" in props)) {
      ctx.report("allowSharedKeyAccess is not set (Azure allows shared keys); set it to false.");
    } else if (props.allowSharedKeyAccess !== false) {
      ctx.report(`allowSharedKeyAccess is ${String(props.allowSharedKeyAccess)}; set it to false.`);
    }
  },
});
