import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, resourceRule, T } from "../../lib";

export const storageAccountInfrastructureEncryption = resourceRule({
  name: "storage-account-infrastructure-encryption",
  description:
    "Storage accounts encrypt data twice, at the service and at the infrastructure level, with different keys and algorithms.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["azpol:Storage accounts should have infrastructure encryption", "mcsb:DP-4"],
  remediationSteps:
    "Set encryption.requireInfrastructureEncryption to true (only at creation; the CmkStorageAccount default, requireInfrastructureEncryption: false is its opt-out).",
  url: "https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    // azure-native wraps encryption whole: unknown at preview, nothing else decides.
    const encryption = "encryption" in props ? props.encryption : undefined;
    const required =
      encryption !== undefined &&
      encryption !== null &&
      "requireInfrastructureEncryption" in encryption
        ? encryption.requireInfrastructureEncryption
        : undefined;
    if (required !== true) {
      const actual = required === undefined ? "not set" : JSON.stringify(required);
      ctx.report(`encryption.requireInfrastructureEncryption must be true; it is ${actual}.`);
    }
  },
});
