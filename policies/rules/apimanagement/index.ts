import type { WafPolicy } from "../../lib";
import { apimBackendHttps } from "./backendHttps";
import { apimBackendNoStoredKeys } from "./backendNoStoredKeys";
import { apimManagedIdentity } from "./managedIdentity";
import { apimMinTls } from "./minTls";
import { apimNoDeveloperSku } from "./noDeveloperSku";
import { apimPrivateNetwork } from "./privateNetwork";

/** API Management (AI gateway) rules. */
export const apiManagementRules: WafPolicy[] = [
  apimPrivateNetwork,
  apimManagedIdentity,
  apimMinTls,
  apimBackendNoStoredKeys,
  apimBackendHttps,
  apimNoDeveloperSku,
];
