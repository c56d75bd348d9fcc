import type { WafPolicy } from "../../lib";
import { searchCmkEnforced } from "./cmkEnforced";
import { searchLocalAuthDisabled } from "./localAuthDisabled";
import { searchManagedIdentity } from "./managedIdentity";
import { searchPublicNetworkAccessDisabled } from "./publicNetworkAccessDisabled";
import { searchReplicaCount } from "./replicaCount";

/** Azure AI Search service rules. */
export const searchRules: WafPolicy[] = [
  searchLocalAuthDisabled,
  searchPublicNetworkAccessDisabled,
  searchCmkEnforced,
  searchManagedIdentity,
  searchReplicaCount,
];
