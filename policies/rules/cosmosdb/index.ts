import type { WafPolicy } from "../../lib";
import { cosmosCmkEncryption } from "./cmkEncryption";
import { cosmosContinuousBackup } from "./continuousBackup";
import { cosmosKeyBasedMetadataWriteDisabled } from "./keyBasedMetadataWriteDisabled";
import { cosmosLocalAuthDisabled } from "./localAuthDisabled";
import { cosmosMinTls } from "./minTls";
import { cosmosPublicNetworkAccessDisabled } from "./publicNetworkAccessDisabled";
import { cosmosZoneRedundant } from "./zoneRedundant";

/** Azure Cosmos DB account rules. */
export const cosmosDbRules: WafPolicy[] = [
  cosmosLocalAuthDisabled,
  cosmosKeyBasedMetadataWriteDisabled,
  cosmosPublicNetworkAccessDisabled,
  cosmosCmkEncryption,
  cosmosMinTls,
  cosmosContinuousBackup,
  cosmosZoneRedundant,
];
