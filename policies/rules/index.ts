/**
 * The registry of every policy in the pack, in evaluation order. Each service folder exports its
 * list from its `index.ts`; add the list here. Specs and tools import this module, never the
 * pack entry point (`policies/index.ts` starts a gRPC server).
 */
import type { WafPolicy } from "../lib";
import { storageRules } from "./storage";

export const allPolicies: WafPolicy[] = [...storageRules];
