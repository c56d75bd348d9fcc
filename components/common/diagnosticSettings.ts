import * as pulumi from "@pulumi/pulumi";
import * as monitor from "@pulumi/azure-native/monitor";
import { InputValidator } from "./validation";
import { resourceIdProblem } from "./resourceId";

/** Where and what a resource sends to Azure Monitor (AVM `diagnosticSettings`). */
export interface DiagnosticSettingArgs {
  /** Unique per resource when there are several. @default `diag-<resource role>` */
  name?: string;
  /** A `Microsoft.OperationalInsights/workspaces` ID. One destination is required. */
  workspaceResourceId?: pulumi.Input<string>;
  /** A `Microsoft.Storage/storageAccounts` ID, for archives. */
  storageAccountResourceId?: pulumi.Input<string>;
  /** A `Microsoft.EventHub/namespaces/authorizationRules` ID, for streaming. */
  eventHubAuthorizationRuleResourceId?: pulumi.Input<string>;
  /** @default - the namespace's default event hub */
  eventHubName?: pulumi.Input<string>;
  /**
   * Log categories or category groups; `[]` sends no logs.
   * @default [{ categoryGroup: "allLogs" }]
   */
  logCategoriesAndGroups?: { category?: string; categoryGroup?: string }[];
  /** Metric categories; `[]` sends no metrics. @default [{ category: "AllMetrics" }] */
  metricCategories?: { category: string }[];
  /** @default "Dedicated" (resource-specific tables) */
  logAnalyticsDestinationType?: "Dedicated" | "AzureDiagnostics";
}

export function validateDiagnosticSettings(
  v: InputValidator,
  path: string,
  settings: readonly DiagnosticSettingArgs[] | undefined,
): void {
  if (settings === undefined) {
    v.fail(
      path,
      "is required: pass one or more settings (usually { workspaceResourceId }), or [] to opt out of diagnostics",
    );
    return;
  }
  const names = new Set<string>();
  settings.forEach((s, i) => {
    const at = `${path}[${i}]`;
    v.check(
      s.workspaceResourceId !== undefined ||
        s.storageAccountResourceId !== undefined ||
        s.eventHubAuthorizationRuleResourceId !== undefined,
      at,
      "needs a destination: set workspaceResourceId, storageAccountResourceId or eventHubAuthorizationRuleResourceId",
    );
    v.report(
      `${at}.workspaceResourceId`,
      resourceIdProblem(s.workspaceResourceId, "Microsoft.OperationalInsights/workspaces"),
    );
    v.report(
      `${at}.storageAccountResourceId`,
      resourceIdProblem(s.storageAccountResourceId, "Microsoft.Storage/storageAccounts"),
    );
    (s.logCategoriesAndGroups ?? []).forEach((l, j) =>
      v.check(
        (l.category === undefined) !== (l.categoryGroup === undefined),
        `${at}.logCategoriesAndGroups[${j}]`,
        "set exactly one of category or categoryGroup",
      ),
    );
    v.check(
      settings.length === 1 || s.name !== undefined,
      `${at}.name`,
      "is required when a resource has several diagnostic settings, so each keeps its identity",
    );
    if (s.name !== undefined) {
      v.check(
        !names.has(s.name),
        `${at}.name`,
        "must be unique among the resource's diagnostic settings",
      );
      names.add(s.name);
    }
    v.check(
      (s.logCategoriesAndGroups ?? [1]).length + (s.metricCategories ?? [1]).length > 0,
      at,
      "sends neither logs nor metrics; remove the setting instead",
    );
  });
}

/**
 * Creates the diagnostic settings of one resource. Log defaults follow AVM: all logs and all
 * metrics, to resource-specific tables. `defaultLogs` lets a component name the categories its
 * resource supports when `allLogs` is not one of them.
 */
export function createDiagnosticSettings(
  componentName: string,
  role: string,
  resourceUri: pulumi.Input<string>,
  settings: readonly DiagnosticSettingArgs[],
  opts: pulumi.CustomResourceOptions,
  defaultLogs: { category?: string; categoryGroup?: string }[] = [{ categoryGroup: "allLogs" }],
  defaultMetrics: { category: string }[] = [{ category: "AllMetrics" }],
): monitor.DiagnosticSetting[] {
  return settings.map((s) => {
    return new monitor.DiagnosticSetting(
      s.name ? `${componentName}-diag-${role}-${s.name}` : `${componentName}-diag-${role}`,
      {
        name: s.name ?? `diag-${role}`,
        resourceUri,
        workspaceId: s.workspaceResourceId,
        storageAccountId: s.storageAccountResourceId,
        eventHubAuthorizationRuleId: s.eventHubAuthorizationRuleResourceId,
        eventHubName: s.eventHubName,
        logAnalyticsDestinationType: s.workspaceResourceId
          ? (s.logAnalyticsDestinationType ?? "Dedicated")
          : undefined,
        logs: (s.logCategoriesAndGroups ?? defaultLogs).map((l) => ({ ...l, enabled: true })),
        metrics: (s.metricCategories ?? defaultMetrics).map((m) => ({ ...m, enabled: true })),
      },
      opts,
    );
  });
}
