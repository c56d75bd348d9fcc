import type { WafPolicy } from "../../lib";
import { registryAdminUserDisabled } from "./registryAdminUserDisabled";
import { registryAnonymousPullDisabled } from "./registryAnonymousPullDisabled";
import { registryCmkEncryption } from "./registryCmkEncryption";
import { registryDedicatedDataEndpoints } from "./registryDedicatedDataEndpoints";
import { registryExportDisabled } from "./registryExportDisabled";
import { registryGeoReplicated } from "./registryGeoReplicated";
import { registryNetworkDefaultDeny } from "./registryNetworkDefaultDeny";
import { registryPremiumSku } from "./registryPremiumSku";
import { registryPublicNetworkAccessDisabled } from "./registryPublicNetworkAccessDisabled";
import { registryQuarantine } from "./registryQuarantine";
import { registryReplicaLocation } from "./registryReplicaLocation";
import { registryRetentionPolicy } from "./registryRetentionPolicy";
import { registrySoftDelete } from "./registrySoftDelete";
import { registryWebhookHttps } from "./registryWebhookHttps";
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
  registryQuarantine,
  registryDedicatedDataEndpoints,
  registryWebhookHttps,
  registryReplicaLocation,
  registrySoftDelete,
];
