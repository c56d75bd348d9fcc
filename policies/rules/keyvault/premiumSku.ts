import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const keyVaultPremiumSku = resourceRule({
  name: "key-vault-premium-sku",
  description:
    "Key vaults that hold customer-managed keys use the premium tier, which can keep keys in HSMs.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["own:Azure Key Vault premium tier (HSM-protected keys)", "mcsb:DP-5"],
  remediationSteps:
    "Set properties.sku.name to 'premium' (the KeyVault component's default; skuName: 'standard' is its opt-out), or add 'standard' to this policy's allowedSkus where software-protected keys are accepted.",
  url: "https://learn.microsoft.com/azure/key-vault/keys/about-keys#hsm-protected-keys",
  types: [T.vault],
  config: {
    allowedSkus: {
      type: "array",
      items: { type: "string", enum: ["standard", "premium"] },
      default: ["premium"],
      description: "Key Vault SKUs the stack may use.",
    },
  },
  validate: (props: Props<VaultArgs>, ctx) => {
    const allowed = ctx.config.allowedSkus;
    const sku = props.properties?.sku;
    const name = sku !== undefined && sku !== null && "name" in sku ? sku.name : undefined;
    if (typeof name !== "string" || !allowed.includes(name.toLowerCase())) {
      const actual = name === undefined || name === null ? "not set" : `'${String(name)}'`;
      ctx.report(`properties.sku.name must be ${quoteList(allowed)}; it is ${actual}.`);
    }
  },
});
