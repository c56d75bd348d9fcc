import type { WafPolicy } from "../../lib";
import { storageBlobSoftDelete } from "./blobServiceSoftDelete";
import { storageBlobVersioning } from "./blobServiceVersioning";
import { storageContainerPrivate } from "./blobContainerPrivate";
import { storageFileShareSoftDelete } from "./fileServiceSoftDelete";
import { storageAccountAllowedSkus } from "./storageAccountAllowedSkus";
import { storageAccountCmkEncryption } from "./storageAccountCmkEncryption";
import { storageAccountGeoRedundant } from "./storageAccountGeoRedundant";
import { storageAccountHttpsOnly } from "./storageAccountHttpsOnly";
import { storageAccountMinTls } from "./storageAccountMinTls";
import { storageAccountNetworkDefaultDeny } from "./storageAccountNetworkDefaultDeny";
import { storageAccountNoBlobPublicAccess } from "./storageAccountNoBlobPublicAccess";
import { storageAccountNoCrossTenantReplication } from "./storageAccountNoCrossTenantReplication";
import { storageAccountNoLocalUsers } from "./storageAccountNoLocalUsers";
import { storageAccountNoPublicNetworkAccess } from "./storageAccountNoPublicNetworkAccess";
import { storageAccountNoSharedKey } from "./storageAccountNoSharedKey";
import { storageAccountSasExpirationPolicy } from "./storageAccountSasExpirationPolicy";
import { storageAccountTrustedServicesBypass } from "./storageAccountTrustedServicesBypass";
import { storageAccountZoneRedundant } from "./storageAccountZoneRedundant";
import { storageDefenderEnabled } from "./storageDefenderEnabled";
import { storageServicesLogged } from "./storageServicesLogged";
import { storageAccountInfrastructureEncryption } from "./storageAccountInfrastructureEncryption";

/** Storage account, blob and file service, container and Defender for Storage rules. */
export const storageRules: WafPolicy[] = [
  storageAccountHttpsOnly,
  storageAccountMinTls,
  storageAccountNoPublicNetworkAccess,
  storageAccountNetworkDefaultDeny,
  storageAccountTrustedServicesBypass,
  storageAccountNoBlobPublicAccess,
  storageAccountNoSharedKey,
  storageAccountSasExpirationPolicy,
  storageAccountNoLocalUsers,
  storageAccountNoCrossTenantReplication,
  storageAccountCmkEncryption,
  storageAccountInfrastructureEncryption,
  storageAccountZoneRedundant,
  storageAccountGeoRedundant,
  storageAccountAllowedSkus,
  storageBlobSoftDelete,
  storageBlobVersioning,
  storageFileShareSoftDelete,
  storageContainerPrivate,
  storageServicesLogged,
  storageDefenderEnabled,
];
