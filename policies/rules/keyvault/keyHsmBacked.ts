import type { KeyArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";

const HSM_TYPES = ["RSA-HSM", "EC-HSM"];

export const keyVaultKeyHsmBacked = resourceRule({
  name: "key-vault-key-hsm-backed",
  description: "Key Vault keys are generated and kept in a hardware security module.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_112",
    "azpol:Keys should be backed by a hardware security module (HSM)",
  ],
  remediationSteps:
    "Set properties.kty to 'RSA-HSM' or 'EC-HSM' (the vault needs sku.name 'premium'); the key type cannot change after creation.",
  url: "https://learn.microsoft.com/azure/key-vault/keys/about-keys#hsm-protected-keys",
  types: [T.key],
  validate: (props: Props<KeyArgs>, ctx) => {
    const properties = props.properties;
    if (!("kty" in properties)) {
      ctx.report("properties.kty is not set; set it to 'RSA-HSM' or 'EC-HSM'.");
    } else if (!HSM_TYPES.includes(String(properties.kty))) {
      ctx.report(`properties.kty is '${String(properties.kty)}'; use 'RSA-HSM' or 'EC-HSM'.`);
    }
  },
});
