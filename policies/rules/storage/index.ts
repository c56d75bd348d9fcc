import type { WafPolicy } from "../../lib";
import { storageAccountMinTls } from "./storageAccountMinTls";

/** Storage account, blob service and container rules. */
export const storageRules: WafPolicy[] = [storageAccountMinTls];
