import type { ServiceArgs } from "@pulumi/azure-native/search";
import { Props, resourceRule, T } from "../../lib";

export const searchCmkEnforced = resourceRule({
  name: "search-cmk-enforced",
  description:
    "Azure AI Search services enforce customer-managed key encryption on every index and synonym map.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "azpol:Azure AI Search services should use customer-managed keys to encrypt data at rest",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set encryptionWithCmk.enforcement to 'Enabled', give the service an identity with 'Key Vault Crypto Service Encryption User' on the vault, and create indexes with an encryptionKey.",
  url: "https://learn.microsoft.com/azure/search/search-security-manage-encryption-keys",
  types: [T.searchService],
  validate: (props: Props<ServiceArgs>, ctx) => {
    const enforcement = props.encryptionWithCmk?.enforcement;
    if (enforcement === undefined || enforcement === null) {
      ctx.report(
        "encryptionWithCmk.enforcement must be 'Enabled'; it is not set, so indexes may use Microsoft-managed keys.",
      );
    } else if (enforcement !== "Enabled") {
      ctx.report(
        `encryptionWithCmk.enforcement must be 'Enabled'; it is '${String(enforcement)}'.`,
      );
    }
  },
});
