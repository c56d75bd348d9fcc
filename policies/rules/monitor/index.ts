import type { WafPolicy } from "../../lib";
import { appInsightsWorkspaceBased } from "./appInsightsWorkspaceBased";
import { diagnosticsAllLogsToWorkspace } from "./diagnosticsAllLogsToWorkspace";
import { diagnosticsMetricsEnabled } from "./diagnosticsMetricsEnabled";
import { diagnosticsRequired } from "./diagnosticsRequired";
import { logAnalyticsRetention } from "./logAnalyticsRetention";
import { metricAlertAutoMitigate } from "./metricAlertAutoMitigate";
import { monitoringLocalAuthDisabled } from "./monitoringLocalAuthDisabled";
import { monitoringPrivateLinkOnly } from "./monitoringPrivateLinkOnly";
import { scheduledQueryNotEveryMinute } from "./scheduledQueryNotEveryMinute";
import { stackHasAlerts } from "./stackHasAlerts";

/** Diagnostic settings, Log Analytics, Application Insights and alerting rules. */
export const monitorRules: WafPolicy[] = [
  diagnosticsAllLogsToWorkspace,
  diagnosticsMetricsEnabled,
  logAnalyticsRetention,
  appInsightsWorkspaceBased,
  metricAlertAutoMitigate,
  scheduledQueryNotEveryMinute,
  monitoringLocalAuthDisabled,
  monitoringPrivateLinkOnly,
  diagnosticsRequired,
  stackHasAlerts,
];
