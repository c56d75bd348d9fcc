import type { WafPolicy } from "../../lib";
import { registryAdminUserDisabled } from "./registryAdminUserDisabled";
import { registryAnonymousPullDisabled } from "./registryAnonymousPullDisabled";
import { registryCmkEncryption } from "./registryCmkEncryption";
import { registryExportDisabled } from "./registryExportDisabled";
import { registryGeoReplicated } from "./registryGeoReplicated";
import { registryNetworkDefaultDeny } from "./registryNetworkDefaultDeny";
import { registryPremiumSku } from "./registryPremiumSku";
import { registryPublicNetworkAccessDisabled } from "./registryPublicNetworkAccessDisabled";
import { registryRetentionPolicy } from "./registryRetentionPolicy";
import { registryZoneRedundant } from "./registryZoneRedundant";

/** Azure Container Registry rules. */
export const containerRegistryRules: WafPolicy[] = [
  registryAdminUserDisabled,
  registryAnonymousPullDisabled,
  registryPublicNetworkAccessDisabled,
  registryNetworkDefaultDeny,
  registryExportDisabled,
  registryCmkEncryption,
  registryPremiumSku,
  registryZoneRedundant,
  registryGeoReplicated,
  registryRetentionPolicy,
];
