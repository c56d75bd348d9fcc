/**
 * Checkov and PSRule for Azure rules on diagnostic settings, Log Analytics workspaces,
 * Application Insights, alert rules and action groups. Read from bridgecrewio/checkov and
 * Azure/PSRule.Rules.Azure (v1.48 baselines).
 */
import { T, TYPE_GROUPS } from "../../../lib";
import type { PeerRule } from "../peerRule";

const LOG_PROFILE =
  "Applies to activity-log profiles (Microsoft.Insights/logProfiles), a retired resource type azure-native v3 does not offer; activity logs now go through subscription diagnostic settings";
const NO_REPLICATION_INPUT =
  "Workspace replication (properties.replication) is not an input of azure-native v3's operationalinsights:Workspace, whose API version predates it, so a stack cannot set it";
const SUBSCRIPTION =
  "Evaluated by PSRule on an exported subscription (type Microsoft.Subscription), against every alert the subscription holds; a stack sees only its own resources";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_37",
    checks: "The activity log profile keeps logs for 365 days or more.",
    types: [],
    outOfScope: `${LOG_PROFILE}.`,
  },
  {
    anchor: "checkov:CKV_AZURE_38",
    checks: "The activity log profile captures every category.",
    types: [],
    outOfScope: `${LOG_PROFILE}.`,
  },
  {
    anchor: "psrule:Azure.Alert.HighFrequencyQuery",
    checks: "Scheduled query alerts do not evaluate every minute (PT1M).",
    types: [...TYPE_GROUPS.scheduledQueryRule],
  },
  {
    anchor: "psrule:Azure.Alert.MetricAutoMitigate",
    checks: "Metric alerts resolve automatically (autoMitigate).",
    types: [...TYPE_GROUPS.metricAlert],
  },
  {
    anchor: "psrule:Azure.AppInsights.LocalAuth",
    checks: "Local (instrumentation key) authentication is disabled.",
    types: [...TYPE_GROUPS.appInsights],
  },
  {
    anchor: "psrule:Azure.AppInsights.Name",
    checks: "The component name meets Azure's naming rules.",
    types: [...TYPE_GROUPS.appInsights],
  },
  {
    anchor: "psrule:Azure.AppInsights.Naming",
    checks: "The component name matches the configured naming convention (CAF prefix appi).",
    types: [...TYPE_GROUPS.appInsights],
  },
  {
    anchor: "psrule:Azure.AppInsights.Workspace",
    checks: "The component stores its data in a Log Analytics workspace.",
    types: [...TYPE_GROUPS.appInsights],
  },
  {
    anchor: "psrule:Azure.Log.Name",
    checks: "The workspace name meets Azure's naming rules.",
    types: [T.logAnalyticsWorkspace],
  },
  {
    anchor: "psrule:Azure.Log.Naming",
    checks: "The workspace name matches the configured naming convention (CAF prefix log).",
    types: [T.logAnalyticsWorkspace],
  },
  {
    anchor: "psrule:Azure.Log.ReplicaLocation",
    checks: "The workspace's replica is in an allowed region.",
    types: [T.logAnalyticsWorkspace],
    outOfScope: `${NO_REPLICATION_INPUT}.`,
  },
  {
    anchor: "psrule:Azure.Log.Replication",
    checks: "Workspace replication to another region is enabled.",
    types: [T.logAnalyticsWorkspace],
    outOfScope: `${NO_REPLICATION_INPUT}.`,
  },
  {
    anchor: "psrule:Azure.Monitor.ServiceHealth",
    checks: "The subscription has an enabled Service Health activity log alert.",
    types: [T.activityLogAlert],
    outOfScope: `${SUBSCRIPTION}; Service Health alerts are subscription-wide platform configuration.`,
  },
];
