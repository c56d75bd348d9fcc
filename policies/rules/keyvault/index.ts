import type { WafPolicy } from "../../lib";
import { keyVaultFirewallDefaultDeny } from "./firewallDefaultDeny";
import { keyVaultKeyExpiration } from "./keyExpiration";
import { keyVaultKeyHsmBacked } from "./keyHsmBacked";
import { keyVaultKeyMinRsaSize } from "./keyMinRsaSize";
import { keyVaultKeyRotationPolicy } from "./keyRotationPolicy";
import { keyVaultNoPublicNetworkAccess } from "./noPublicNetworkAccess";
import { keyVaultPremiumSku } from "./premiumSku";
import { keyVaultPurgeProtection } from "./purgeProtection";
import { keyVaultRbacAuthorization } from "./rbacAuthorization";
import { keyVaultSecretExpiration } from "./secretExpiration";
import { keyVaultSoftDeleteRetention } from "./softDeleteRetention";

/** Key vault, key and secret rules. */
export const keyVaultRules: WafPolicy[] = [
  keyVaultRbacAuthorization,
  keyVaultPurgeProtection,
  keyVaultPremiumSku,
  keyVaultSoftDeleteRetention,
  keyVaultNoPublicNetworkAccess,
  keyVaultFirewallDefaultDeny,
  keyVaultKeyExpiration,
  keyVaultKeyRotationPolicy,
  keyVaultKeyMinRsaSize,
  keyVaultKeyHsmBacked,
  keyVaultSecretExpiration,
];
