import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const keyVaultSoftDeleteRetention = resourceRule({
  name: "key-vault-soft-delete-retention",
  description:
    "Key vaults keep deleted objects recoverable for at least the configured number of days.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: [
    "checkov:CKV_AZURE_111",
    "checkov:CKV_AZURE_42",
    "psrule:Azure.KeyVault.SoftDelete",
    "azpol:Key vaults should have soft delete enabled",
    "aprl:1cca00d2",
  ],
  remediationSteps:
    "Leave properties.enableSoftDelete unset or true, and set properties.softDeleteRetentionInDays to at least minimumDays (Azure default 90).",
  url: "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview",
  types: [T.vault],
  config: {
    minimumDays: {
      type: "integer",
      minimum: 7,
      maximum: 90,
      default: 90,
      description: "Fewest days deleted vault objects stay recoverable.",
    },
  },
  validate: (props: Props<VaultArgs>, ctx) => {
    const properties = props.properties;
    const softDelete = "enableSoftDelete" in properties ? properties.enableSoftDelete : undefined;
    if (setToOtherThan(softDelete, true)) {
      ctx.report(
        `properties.enableSoftDelete is ${shown(softDelete)}; remove it or set it to true.`,
      );
      return;
    }
    // Unset retention means Azure's 90 days.
    if ("softDeleteRetentionInDays" in properties) {
      const days = properties.softDeleteRetentionInDays;
      if (typeof days !== "number" || days < ctx.config.minimumDays) {
        ctx.report(
          `properties.softDeleteRetentionInDays is ${String(days)}; keep at least ${ctx.config.minimumDays} days.`,
        );
      }
    }
  },
});
