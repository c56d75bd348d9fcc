import type { WafPolicy } from "../../lib";
import { storageAccountAllowedSkus } from "./accountAllowedSkus";
import { storageAccountCmkEncryption } from "./accountCmkEncryption";
import { storageAccountGeoRedundant } from "./accountGeoRedundant";
import { storageAccountHttpsOnly } from "./accountHttpsOnly";
import { storageAccountInfrastructureEncryption } from "./accountInfrastructureEncryption";
import { storageAccountMinTls } from "./accountMinTls";
import { storageAccountNetworkDefaultDeny } from "./accountNetworkDefaultDeny";
import { storageAccountNoBlobPublicAccess } from "./accountNoBlobPublicAccess";
import { storageAccountNoCrossTenantReplication } from "./accountNoCrossTenantReplication";
import { storageAccountNoLocalUsers } from "./accountNoLocalUsers";
import { storageAccountNoPublicNetworkAccess } from "./accountNoPublicNetworkAccess";
import { storageAccountNoSharedKey } from "./accountNoSharedKey";
import { storageAccountSasExpirationPolicy } from "./accountSasExpirationPolicy";
import { storageAccountTrustedServicesBypass } from "./accountTrustedServicesBypass";
import { storageAccountZoneRedundant } from "./accountZoneRedundant";
import { storageBlobSoftDelete } from "./blobSoftDelete";
import { storageBlobVersioning } from "./blobVersioning";
import { storageBlobVersionsLifecycle } from "./blobVersionsLifecycle";
import { storageContainerPrivate } from "./containerPrivate";
import { storageDefenderEnabled } from "./defenderEnabled";
import { storageFileShareSoftDelete } from "./fileShareSoftDelete";
import { storageServicesLogged } from "./servicesLogged";

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
  storageBlobVersionsLifecycle,
  storageFileShareSoftDelete,
  storageContainerPrivate,
  storageServicesLogged,
  storageDefenderEnabled,
];
