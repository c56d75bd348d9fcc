import * as pulumi from "@pulumi/pulumi";
import * as monitor from "@pulumi/azure-native/monitor";
import { InputValidator, resourceIdProblem, Tags } from "../common";

/**
 * Alerts on online endpoints and their deployments. Give at least one of the two ID maps; each
 * map's keys are stable words that name the rules, so adding or removing a target never renames
 * another target's rules.
 */
export interface OnlineEndpointAlertArgs {
  /** `Microsoft.MachineLearningServices/workspaces/onlineEndpoints` IDs by key. @default {} */
  endpointResourceIds?: Record<string, pulumi.Input<string>>;
  /** `Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments` IDs by key. @default {} */
  deploymentResourceIds?: Record<string, pulumi.Input<string>>;
  /** Alert when the endpoint's average request latency over 5 minutes exceeds this, in ms. @default 1000 */
  requestLatencyMs?: number;
  /** Alert when 5xx responses per minute, averaged over 5 minutes, exceed this. @default 1 */
  serverErrorsPerMinute?: number;
  /** Alert when a deployment's average CPU use over 5 minutes exceeds this percentage. @default 80 */
  cpuUtilizationPercent?: number;
  /** Alert when a deployment's average memory use over 5 minutes exceeds this percentage. @default 85 */
  memoryUtilizationPercent?: number;
}

/** Alerts on AKS clusters, from the cluster's platform metrics. */
export interface AksAlertArgs {
  /** Required. `Microsoft.ContainerService/managedClusters` IDs by key. */
  clusterResourceIds: Record<string, pulumi.Input<string>>;
  /** Alert when the nodes' average CPU use over 5 minutes exceeds this percentage. @default 80 */
  nodeCpuPercent?: number;
  /** Alert when more pods than this stay Pending (average over 15 minutes). @default 0 */
  pendingPods?: number;
  /** Alert when more nodes than this report NotReady (average over 15 minutes). @default 0 */
  notReadyNodes?: number;
}

/**
 * Alerts on Key Vault keys nearing expiry. Key Vault logs a `KeyNearExpiry` notification when a
 * key reaches its rotation policy's notify time (30 days before expiry for `EncryptionKey`), so
 * the vault's audit logs must reach Log Analytics (its diagnostic settings).
 */
export interface KeyVaultAlertArgs {
  /** Required. `Microsoft.KeyVault/vaults` IDs by key. */
  vaultResourceIds: Record<string, pulumi.Input<string>>;
  /** Alert when more near-expiry or expired notifications than this appear in an hour. @default 0 */
  keyExpiryEvents?: number;
}

/** Alerts on storage accounts. */
export interface StorageAlertArgs {
  /** Required. `Microsoft.Storage/storageAccounts` IDs by key. */
  accountResourceIds: Record<string, pulumi.Input<string>>;
  /** Alert when average availability over 15 minutes falls below this percentage. @default 99.9 */
  availabilityPercent?: number;
}

/**
 * Alerts on Azure OpenAI accounts, from the account's Azure OpenAI platform metrics
 * (https://learn.microsoft.com/azure/ai-services/openai/monitor-openai-reference).
 */
export interface AiAccountAlertArgs {
  /** Required. `Microsoft.CognitiveServices/accounts` IDs by key. */
  accountResourceIds: Record<string, pulumi.Input<string>>;
  /**
   * Alert when the share of calls without a server error (`AzureOpenAIAvailabilityRate`),
   * averaged over 15 minutes, falls below this percentage.
   * @default 99
   */
  openAiAvailabilityPercent?: number;
  /** Alert when more calls than this are throttled (HTTP 429) in 5 minutes. @default 10 */
  throttledRequests?: number;
}

/** Which targets get alerts; a group without targets creates no rules. */
export interface AlertsArgs {
  /** @default - no endpoint alerts */
  onlineEndpoints?: OnlineEndpointAlertArgs;
  /** @default - no AKS alerts */
  aks?: AksAlertArgs;
  /** @default - no key expiry alerts */
  keyVaults?: KeyVaultAlertArgs;
  /** @default - no storage alerts */
  storageAccounts?: StorageAlertArgs;
  /** @default - no Azure OpenAI alerts */
  aiAccounts?: AiAccountAlertArgs;
}

/** Default thresholds, exported so docs and callers can refer to them. */
export const defaultThresholds = {
  requestLatencyMs: 1000,
  serverErrorsPerMinute: 1,
  cpuUtilizationPercent: 80,
  memoryUtilizationPercent: 85,
  nodeCpuPercent: 80,
  pendingPods: 0,
  notReadyNodes: 0,
  keyExpiryEvents: 0,
  availabilityPercent: 99.9,
  openAiAvailabilityPercent: 99,
  throttledRequests: 10,
} as const;

type ThresholdName = keyof typeof defaultThresholds;

interface GroupShape {
  targets: Record<string, string>;
  thresholds: Record<string, "percent" | "count" | "positive">;
}

/** Each group's target maps (with their ARM type) and thresholds (with their kind of number). */
const groups: Record<keyof AlertsArgs, GroupShape> = {
  onlineEndpoints: {
    targets: {
      endpointResourceIds: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
      deploymentResourceIds:
        "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments",
    },
    thresholds: {
      requestLatencyMs: "positive",
      serverErrorsPerMinute: "count",
      cpuUtilizationPercent: "percent",
      memoryUtilizationPercent: "percent",
    },
  },
  aks: {
    targets: { clusterResourceIds: "Microsoft.ContainerService/managedClusters" },
    thresholds: { nodeCpuPercent: "percent", pendingPods: "count", notReadyNodes: "count" },
  },
  keyVaults: {
    targets: { vaultResourceIds: "Microsoft.KeyVault/vaults" },
    thresholds: { keyExpiryEvents: "count" },
  },
  storageAccounts: {
    targets: { accountResourceIds: "Microsoft.Storage/storageAccounts" },
    thresholds: { availabilityPercent: "percent" },
  },
  aiAccounts: {
    targets: { accountResourceIds: "Microsoft.CognitiveServices/accounts" },
    thresholds: { openAiAvailabilityPercent: "percent", throttledRequests: "count" },
  },
};

const targetKeyPattern = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;

export function validateAlerts(v: InputValidator, path: string, alerts: AlertsArgs | undefined) {
  if (alerts === undefined) return;
  for (const groupName of Object.keys(alerts)) {
    const shape = groups[groupName as keyof AlertsArgs];
    if (!shape) {
      v.fail(
        `${path}.${groupName}`,
        `is not an alert group: use ${Object.keys(groups).join(", ")}`,
      );
      continue;
    }
    const group = (alerts as Record<string, Record<string, unknown> | undefined>)[groupName];
    if (group === undefined) continue;
    const at = `${path}.${groupName}`;
    const allowed = [...Object.keys(shape.targets), ...Object.keys(shape.thresholds)];
    for (const key of Object.keys(group)) {
      v.check(
        allowed.includes(key),
        `${at}.${key}`,
        `is not a setting of ${groupName}: use ${allowed.join(", ")}`,
      );
    }
    let targetCount = 0;
    for (const [mapName, type] of Object.entries(shape.targets)) {
      const map = (group[mapName] ?? {}) as Record<string, pulumi.Input<string>>;
      for (const [key, id] of Object.entries(map)) {
        targetCount++;
        v.check(
          targetKeyPattern.test(key),
          `${at}.${mapName}["${key}"]`,
          "needs a key of 1-40 lowercase letters, digits or hyphens; the key names the alert rules",
        );
        v.report(`${at}.${mapName}["${key}"]`, resourceIdProblem(id, type));
      }
    }
    v.check(
      targetCount > 0,
      at,
      `has no targets: set ${Object.keys(shape.targets).join(" or ")}, or leave ${groupName} out`,
    );
    for (const [name, kind] of Object.entries(shape.thresholds)) {
      const value = group[name];
      if (value === undefined) continue;
      const ok =
        typeof value === "number" &&
        Number.isFinite(value) &&
        (kind === "percent"
          ? value > 0 && value <= 100
          : kind === "count"
            ? value >= 0
            : value > 0);
      v.check(
        ok,
        `${at}.${name}`,
        `${String(value)} is out of range: use ${
          kind === "percent"
            ? "a percentage above 0 and at most 100"
            : kind === "count"
              ? "a number of 0 or more"
              : "a number above 0"
        }`,
      );
    }
  }
}

/** What every rule shares. */
export interface AlertContext {
  componentName: string;
  resourceGroupName: pulumi.Input<string>;
  location?: pulumi.Input<string>;
  actionGroupResourceId: pulumi.Input<string>;
  tags: Tags;
  parent: pulumi.Resource;
}

interface MetricRule {
  role: string;
  description: string;
  metricNamespace: string;
  metricName: string;
  operator: "GreaterThan" | "LessThan";
  timeAggregation: "Average" | "Maximum" | "Minimum" | "Total";
  dimensions?: { name: string; operator: "Include"; values: string[] }[];
  threshold: number;
  severity: 0 | 1 | 2 | 3 | 4;
  windowSize: string;
}

function createMetricAlert(
  ctx: AlertContext,
  key: string,
  scope: pulumi.Input<string>,
  rule: MetricRule,
): monitor.MetricAlert {
  return new monitor.MetricAlert(
    `${ctx.componentName}-alert-${rule.role}-${key}`,
    {
      resourceGroupName: ctx.resourceGroupName,
      ruleName: `alert-${ctx.componentName}-${rule.role}-${key}`,
      location: "global",
      description: rule.description,
      severity: rule.severity,
      enabled: true,
      scopes: [scope],
      evaluationFrequency: "PT1M",
      windowSize: rule.windowSize,
      autoMitigate: true,
      criteria: {
        odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
        allOf: [
          {
            criterionType: "StaticThresholdCriterion",
            name: rule.metricName,
            metricNamespace: rule.metricNamespace,
            metricName: rule.metricName,
            operator: rule.operator,
            threshold: rule.threshold,
            timeAggregation: rule.timeAggregation,
            dimensions: rule.dimensions ?? [],
          },
        ],
      },
      actions: [{ actionGroupId: ctx.actionGroupResourceId }],
      tags: ctx.tags,
    },
    { parent: ctx.parent },
  );
}

/**
 * The Key Vault log query: near-expiry and expired key notifications, from either the
 * resource-specific table (diagnostic settings with `Dedicated`) or `AzureDiagnostics`.
 */
export const keyExpiryQuery = [
  "union isfuzzy=true",
  "  (AZKVAuditLogs | project TimeGenerated, OperationName, _ResourceId),",
  "  (AzureDiagnostics | where ResourceProvider == 'MICROSOFT.KEYVAULT' | project TimeGenerated, OperationName, _ResourceId)",
  "| where OperationName in ('KeyNearExpiryEventGridNotification', 'KeyExpiredEventGridNotification')",
].join("\n");

function createKeyExpiryAlert(
  ctx: AlertContext,
  key: string,
  scope: pulumi.Input<string>,
  threshold: number,
): monitor.ScheduledQueryRule {
  return new monitor.ScheduledQueryRule(
    `${ctx.componentName}-alert-key-expiry-${key}`,
    {
      resourceGroupName: ctx.resourceGroupName,
      ruleName: `alert-${ctx.componentName}-key-expiry-${key}`,
      location: ctx.location,
      kind: "LogAlert",
      description:
        "A Key Vault key reached its rotation policy's notify time or expired; rotate it before encryption at rest fails.",
      severity: 2,
      enabled: true,
      scopes: [scope],
      evaluationFrequency: "PT1H",
      windowSize: "PT1H",
      criteria: {
        allOf: [
          {
            query: keyExpiryQuery,
            timeAggregation: "Count",
            operator: "GreaterThan",
            threshold,
            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
          },
        ],
      },
      // Each notification is a one-off event; there is nothing to resolve automatically.
      autoMitigate: false,
      actions: { actionGroups: [ctx.actionGroupResourceId] },
      tags: ctx.tags,
    },
    { parent: ctx.parent },
  );
}

function threshold(group: object, name: ThresholdName): number {
  return (group as Record<string, number | undefined>)[name] ?? defaultThresholds[name];
}

/**
 * Creates the rules for every target present, named `<component>-alert-<rule>-<key>`. Returns the
 * rules by that logical name.
 */
export function createAlertRules(
  ctx: AlertContext,
  alerts: AlertsArgs | undefined,
): Record<string, monitor.MetricAlert | monitor.ScheduledQueryRule> {
  const rules: Record<string, monitor.MetricAlert | monitor.ScheduledQueryRule> = {};
  const add = (rule: monitor.MetricAlert | monitor.ScheduledQueryRule, role: string, key: string) =>
    (rules[`${role}-${key}`] = rule);
  const metric = (key: string, scope: pulumi.Input<string>, rule: MetricRule) =>
    add(createMetricAlert(ctx, key, scope, rule), rule.role, key);

  const endpoints = alerts?.onlineEndpoints;
  if (endpoints) {
    const ns = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";
    for (const [key, id] of Object.entries(endpoints.endpointResourceIds ?? {})) {
      metric(key, id, {
        role: "endpoint-latency",
        description: "Online endpoint requests are slower than the latency target.",
        metricNamespace: ns,
        metricName: "RequestLatency",
        operator: "GreaterThan",
        timeAggregation: "Average",
        threshold: threshold(endpoints, "requestLatencyMs"),
        severity: 2,
        windowSize: "PT5M",
      });
      metric(key, id, {
        role: "endpoint-5xx",
        description: "The online endpoint answers with server errors (5xx).",
        metricNamespace: ns,
        metricName: "RequestsPerMinute",
        operator: "GreaterThan",
        timeAggregation: "Average",
        dimensions: [{ name: "statusCodeClass", operator: "Include", values: ["5xx"] }],
        threshold: threshold(endpoints, "serverErrorsPerMinute"),
        severity: 1,
        windowSize: "PT5M",
      });
    }
    for (const [key, id] of Object.entries(endpoints.deploymentResourceIds ?? {})) {
      const dns = `${ns}/deployments`;
      metric(key, id, {
        role: "deployment-cpu",
        description: "An online deployment's instances run hot on CPU; scale out or up.",
        metricNamespace: dns,
        metricName: "CpuUtilizationPercentage",
        operator: "GreaterThan",
        timeAggregation: "Average",
        threshold: threshold(endpoints, "cpuUtilizationPercent"),
        severity: 2,
        windowSize: "PT5M",
      });
      metric(key, id, {
        role: "deployment-memory",
        description: "An online deployment's instances are short of memory.",
        metricNamespace: dns,
        metricName: "CpuMemoryUtilizationPercentage",
        operator: "GreaterThan",
        timeAggregation: "Average",
        threshold: threshold(endpoints, "memoryUtilizationPercent"),
        severity: 2,
        windowSize: "PT5M",
      });
    }
  }

  const aks = alerts?.aks;
  if (aks) {
    const ns = "Microsoft.ContainerService/managedClusters";
    for (const [key, id] of Object.entries(aks.clusterResourceIds)) {
      metric(key, id, {
        role: "aks-node-cpu",
        description: "AKS nodes run hot on CPU; the autoscaler may be at its maximum.",
        metricNamespace: ns,
        metricName: "node_cpu_usage_percentage",
        operator: "GreaterThan",
        timeAggregation: "Average",
        threshold: threshold(aks, "nodeCpuPercent"),
        severity: 2,
        windowSize: "PT5M",
      });
      metric(key, id, {
        role: "aks-pending-pods",
        description: "Pods cannot be scheduled (capacity, quota or node selectors).",
        metricNamespace: ns,
        metricName: "kube_pod_status_phase",
        operator: "GreaterThan",
        timeAggregation: "Average",
        dimensions: [{ name: "phase", operator: "Include", values: ["Pending"] }],
        threshold: threshold(aks, "pendingPods"),
        severity: 2,
        windowSize: "PT15M",
      });
      metric(key, id, {
        role: "aks-node-not-ready",
        description: "AKS nodes report NotReady.",
        metricNamespace: ns,
        metricName: "kube_node_status_condition",
        operator: "GreaterThan",
        timeAggregation: "Average",
        dimensions: [{ name: "status2", operator: "Include", values: ["NotReady"] }],
        threshold: threshold(aks, "notReadyNodes"),
        severity: 1,
        windowSize: "PT15M",
      });
    }
  }

  const vaults = alerts?.keyVaults;
  if (vaults) {
    for (const [key, id] of Object.entries(vaults.vaultResourceIds)) {
      add(
        createKeyExpiryAlert(ctx, key, id, threshold(vaults, "keyExpiryEvents")),
        "key-expiry",
        key,
      );
    }
  }

  const storage = alerts?.storageAccounts;
  if (storage) {
    for (const [key, id] of Object.entries(storage.accountResourceIds)) {
      metric(key, id, {
        role: "storage-availability",
        description: "The storage account's availability dropped below target.",
        metricNamespace: "Microsoft.Storage/storageAccounts",
        metricName: "Availability",
        operator: "LessThan",
        timeAggregation: "Average",
        threshold: threshold(storage, "availabilityPercent"),
        severity: 1,
        windowSize: "PT15M",
      });
    }
  }

  const aiAccounts = alerts?.aiAccounts;
  if (aiAccounts) {
    const ns = "Microsoft.CognitiveServices/accounts";
    for (const [key, id] of Object.entries(aiAccounts.accountResourceIds)) {
      metric(key, id, {
        role: "openai-availability",
        description: "Azure OpenAI calls fail with server errors (availability below target).",
        metricNamespace: ns,
        metricName: "AzureOpenAIAvailabilityRate",
        operator: "LessThan",
        timeAggregation: "Average",
        threshold: threshold(aiAccounts, "openAiAvailabilityPercent"),
        severity: 1,
        windowSize: "PT15M",
      });
      metric(key, id, {
        role: "openai-throttling",
        description:
          "Azure OpenAI throttles calls (HTTP 429): the deployments' capacity is exhausted.",
        metricNamespace: ns,
        metricName: "AzureOpenAIRequests",
        operator: "GreaterThan",
        timeAggregation: "Total",
        dimensions: [{ name: "StatusCode", operator: "Include", values: ["429"] }],
        threshold: threshold(aiAccounts, "throttledRequests"),
        severity: 2,
        windowSize: "PT5M",
      });
    }
  }
  return rules;
}
