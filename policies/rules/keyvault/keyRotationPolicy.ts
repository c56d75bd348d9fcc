import type { KeyArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

export const keyVaultKeyRotationPolicy = resourceRule({
  name: "key-vault-key-rotation-policy",
  description:
    "Key Vault keys rotate automatically through a rotation policy with a rotate action.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: [
    "psrule:Azure.KeyVault.AutoRotationPolicy",
    "azpol:Keys should have a rotation policy ensuring that their rotation is scheduled within the specified number of days after creation",
    "mcsb:DP-6",
  ],
  remediationSteps:
    "Set properties.rotationPolicy.lifetimeActions to include { action: { type: 'rotate' }, trigger: { timeAfterCreate: 'P1Y' } } (or timeBeforeExpiry).",
  url: "https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation",
  types: [T.key],
  validate: (props: Props<KeyArgs>, ctx) => {
    const properties = props.properties;
    if (!("rotationPolicy" in properties)) {
      ctx.report("properties.rotationPolicy is not set; add one with a 'rotate' lifetime action.");
      return;
    }
    const actions = properties.rotationPolicy?.lifetimeActions ?? [];
    const rotates = actions.some((a) => String(a.action?.type).toLowerCase() === "rotate");
    if (!rotates) {
      ctx.report("properties.rotationPolicy.lifetimeActions has no 'rotate' action; add one.");
    }
  },
});
