import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const storageAccountNoLocalUsers = resourceRule({
  name: "storage-account-no-local-users",
  description:
    "Storage accounts have no local users and no SFTP endpoint, so every identity is in Microsoft Entra ID.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["checkov:CKV_AZURE_244"],
  remediationSteps:
    "Set isLocalUserEnabled and isSftpEnabled to false (on accounts with isHnsEnabled, set isLocalUserEnabled to false explicitly).",
  url: "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    for (const key of ["isLocalUserEnabled", "isSftpEnabled"] as const) {
      const value = key in props ? props[key] : undefined;
      if (setToOtherThan(value, false)) ctx.report(`${key} is ${shown(value)}; set it to false.`);
    }
    // Local users serve SFTP, which needs a hierarchical namespace; there an unset flag leaves
    // the feature on.
    if (
      !("isLocalUserEnabled" in props) &&
      "isHnsEnabled" in props &&
      props.isHnsEnabled === true
    ) {
      ctx.report(
        "isLocalUserEnabled is not set on an account with a hierarchical namespace, so local users stay available; set it to false.",
      );
    }
  },
});
