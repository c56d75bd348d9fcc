import type { WafPolicy } from "../../lib";
import { acrAdminUserDisabled } from "./adminUserDisabled";
import { acrAnonymousPullDisabled } from "./anonymousPullDisabled";
import { acrCmkEncryption } from "./cmkEncryption";
import { acrDedicatedDataEndpoints } from "./dedicatedDataEndpoints";
import { acrExportDisabled } from "./exportDisabled";
import { acrGeoReplicated } from "./geoReplicated";
import { acrNetworkDefaultDeny } from "./networkDefaultDeny";
import { acrPremiumSku } from "./premiumSku";
import { acrPublicNetworkAccessDisabled } from "./publicNetworkAccessDisabled";
import { acrQuarantineEnabled } from "./quarantineEnabled";
import { acrReplicaLocationAllowed } from "./replicaLocationAllowed";
import { acrRetentionPolicy } from "./retentionPolicy";
import { acrSoftDelete } from "./softDelete";
import { acrWebhookHttps } from "./webhookHttps";
import { acrZoneRedundant } from "./zoneRedundant";

/** Azure Container Registry rules. */
export const containerRegistryRules: WafPolicy[] = [
  acrAdminUserDisabled,
  acrAnonymousPullDisabled,
  acrPublicNetworkAccessDisabled,
  acrNetworkDefaultDeny,
  acrExportDisabled,
  acrCmkEncryption,
  acrPremiumSku,
  acrZoneRedundant,
  acrGeoReplicated,
  acrRetentionPolicy,
  acrQuarantineEnabled,
  acrDedicatedDataEndpoints,
  acrWebhookHttps,
  acrReplicaLocationAllowed,
  acrSoftDelete,
];
