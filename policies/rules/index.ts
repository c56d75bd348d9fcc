/**
 * The registry of every policy in the pack, in evaluation order. Each service folder exports its
 * list from its `index.ts`; add the list here. Specs and tools import this module, never the
 * pack entry point (`policies/index.ts` starts a gRPC server).
 *
 * `exemptions-valid` comes first (it loads the exemption list before any other policy runs on a
 * resource) and `exemptions-report` last (it reports what the others waived).
 */
import type { WafPolicy } from "../lib";
import { aksRules } from "./aks";
import { apiManagementRules } from "./apimanagement";
import { cognitiveServicesRules } from "./cognitiveservices";
import { computeRules } from "./compute";
import { containerRegistryRules } from "./containerregistry";
import { cosmosDbRules } from "./cosmosdb";
import { exemptionsReport, exemptionsValid, governanceRules } from "./governance";
import { keyVaultRules } from "./keyvault";
import { mlRules } from "./ml";
import { monitorRules } from "./monitor";
import { networkRules } from "./network";
import { searchRules } from "./search";
import { storageRules } from "./storage";

export const allPolicies: WafPolicy[] = [
  exemptionsValid,
  ...storageRules,
  ...keyVaultRules,
  ...containerRegistryRules,
  ...aksRules,
  ...cognitiveServicesRules,
  ...searchRules,
  ...cosmosDbRules,
  ...apiManagementRules,
  ...mlRules,
  ...networkRules,
  ...computeRules,
  ...monitorRules,
  ...governanceRules,
  exemptionsReport,
];
