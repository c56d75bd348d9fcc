import type { WafPolicy } from "../../lib";
import { diagnosticsAllLogsToWorkspace } from "./diagnosticsAllLogsToWorkspace";
import { diagnosticsMetricsEnabled } from "./diagnosticsMetricsEnabled";
import { diagnosticsRequired } from "./diagnosticsRequired";
import { logAnalyticsRetention } from "./logAnalyticsRetention";
import { stackHasAlerts } from "./stackHasAlerts";
import { monitoringLocalAuthDisabled } from "./monitoringLocalAuthDisabled";
import { monitoringPrivateLinkOnly } from "./monitoringPrivateLinkOnly";

/** Diagnostic settings, Log Analytics and alerting rules. */
export const monitorRules: WafPolicy[] = [
  diagnosticsAllLogsToWorkspace,
  diagnosticsMetricsEnabled,
  logAnalyticsRetention,
  monitoringLocalAuthDisabled,
  monitoringPrivateLinkOnly,
  diagnosticsRequired,
  stackHasAlerts,
];
