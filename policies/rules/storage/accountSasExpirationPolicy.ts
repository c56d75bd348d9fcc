import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { peek, Props, resourceRule, skipUnknown, T, UNRESOLVED } from "../../lib";

export const storageAccountSasExpirationPolicy = resourceRule({
  name: "storage-account-sas-expiration-policy",
  description:
    "Storage accounts that allow shared keys cap the lifetime of account-key SAS tokens.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV2_AZURE_41",
    "azpol:Storage accounts should have shared access signature (SAS) policies configured",
  ],
  remediationSteps:
    "Set allowSharedKeyAccess to false, or set sasPolicy to { sasExpirationPeriod: '7.00:00:00', expirationAction: 'Block' }.",
  url: "https://learn.microsoft.com/azure/storage/common/sas-expiration-policy",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    // Without shared keys no account-key SAS can be signed: decided without reading sasPolicy,
    // which azure-native wraps whole and may be unknown at preview.
    const sharedKeys = peek(() => props.allowSharedKeyAccess);
    if (sharedKeys === false || "sasPolicy" in props) return;
    // Shared keys may still turn out to be off: undecidable until the flag is known.
    if (sharedKeys === UNRESOLVED) skipUnknown(() => props.allowSharedKeyAccess);
    ctx.report(
      "sasPolicy is not set while shared keys are allowed; set sasPolicy.sasExpirationPeriod.",
    );
  },
});
