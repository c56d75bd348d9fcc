import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksDiskEncryptionSet = resourceRule({
  name: "aks-disk-encryption-set",
  description:
    "AKS node OS and data disks are encrypted with a customer-managed key through a disk encryption set.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_117",
    "azpol:Both operating systems and data disks in Azure Kubernetes Service clusters should be encrypted by customer-managed keys",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Create a compute DiskEncryptionSet over a Key Vault key and set diskEncryptionSetID to its ID (set at cluster creation).",
  url: "https://learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    // Presence decides: the set's ID is usually an output of a resource made in the same run.
    if (!("diskEncryptionSetID" in props)) {
      ctx.report(
        "diskEncryptionSetID must name a disk encryption set; it is not set, so disks use platform-managed keys.",
      );
    }
  },
});
