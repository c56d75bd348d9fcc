import type { WafPolicy } from "../../lib";
import { keyVaultKeyExpiration } from "./keyExpiration";
import { keyVaultKeyHsmBacked } from "./keyHsmBacked";
import { keyVaultKeyMinRsaSize } from "./keyMinRsaSize";
import { keyVaultKeyRotationPolicy } from "./keyRotationPolicy";
import { keyVaultFirewallDefaultDeny } from "./keyVaultFirewallDefaultDeny";
import { keyVaultNoPublicNetworkAccess } from "./keyVaultNoPublicNetworkAccess";
import { keyVaultPurgeProtection } from "./keyVaultPurgeProtection";
import { keyVaultRbacAuthorization } from "./keyVaultRbacAuthorization";
import { keyVaultSoftDeleteRetention } from "./keyVaultSoftDeleteRetention";
import { keyVaultSecretExpiration } from "./secretExpiration";
import { keyVaultPremiumSku } from "./keyVaultPremiumSku";

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
