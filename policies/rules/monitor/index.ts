import type { WafPolicy } from "../../lib";
import { diagnosticsAllLogsToWorkspace } from "./diagnosticsAllLogsToWorkspace";
import { diagnosticsMetricsEnabled } from "./diagnosticsMetricsEnabled";
import { diagnosticsRequired } from "./diagnosticsRequired";
import { logAnalyticsRetention } from "./logAnalyticsRetention";

/** Diagnostic settings and Log Analytics rules. */
export const monitorRules: WafPolicy[] = [
  diagnosticsAllLogsToWorkspace,
  diagnosticsMetricsEnabled,
  logAnalyticsRetention,
  diagnosticsRequired,
];
