import { resourceRule, T } from "../../lib";
import { addonOf } from "./lib/addons";
import type { ClusterProps } from "./lib/pools";

const AT = "addonProfiles.azureKeyvaultSecretsProvider";

export const aksKeyVaultSecretsProvider = resourceRule({
  name: "aks-key-vault-secrets-provider",
  description:
    "AKS clusters mount secrets from Key Vault with the Secrets Store CSI driver and pick up rotated secrets automatically.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_172",
    "psrule:Azure.AKS.SecretStore",
    "psrule:Azure.AKS.SecretStoreRotation",
  ],
  remediationSteps: `Set ${AT} to { enabled: true, config: { enableSecretRotation: 'true', rotationPollInterval: '2m' } }.`,
  url: "https://learn.microsoft.com/azure/aks/csi-secrets-store-driver",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const addon = addonOf(props, "azureKeyvaultSecretsProvider");
    if (addon === undefined) {
      ctx.report(`${AT}.enabled must be true; the add-on is not declared.`);
      return;
    }
    if (addon.enabled !== true) {
      ctx.report(`${AT}.enabled must be true; it is ${String(addon.enabled)}.`);
      return;
    }
    // Add-on settings are strings; Azure reads 'true' without regard to case.
    const config = "config" in addon ? (addon.config ?? {}) : {};
    const rotation = "enableSecretRotation" in config ? config.enableSecretRotation : undefined;
    if (String(rotation).toLowerCase() !== "true") {
      const actual = rotation === undefined ? "not set" : `'${String(rotation)}'`;
      ctx.report(`${AT}.config.enableSecretRotation must be 'true'; it is ${actual}.`);
    }
  },
});
