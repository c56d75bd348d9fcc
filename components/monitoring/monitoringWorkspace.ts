import * as pulumi from "@pulumi/pulumi";
import * as applicationinsights from "@pulumi/azure-native/applicationinsights";
import * as monitor from "@pulumi/azure-native/monitor";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import {
  azureContext,
  defaultName,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  parseResourceId,
  resourceIdProblem,
  statefulOptions,
  Tags,
} from "../common";

export type PublicNetworkAccess = "Enabled" | "Disabled";

/**
 * A Log Analytics workspace and the workspace-based Application Insights component that writes
 * into it. Components that need a default App Insights (Azure ML workspaces) create one with
 * `createMonitoringWorkspace`; `Observability` builds on the same function.
 */
export interface MonitoringWorkspaceArgs {
  /** Required. The resource group for the workspace and the Application Insights component. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The workspace's name, unique in its resource group: 4-63 letters, digits or hyphens.
   * @default `log-<name>`
   */
  workspaceName?: string;
  /** The Application Insights component's name. @default `appi-<name>` */
  applicationInsightsName?: string;
  /** Days logs stay queryable at the analytics tier (30-730). @default 90 */
  retentionInDays?: number;
  /**
   * A daily ingestion cap in GB, a cost guardrail; ingestion stops for the day when reached.
   * @default - no cap
   */
  dailyQuotaGb?: number;
  /**
   * Opt-out of Entra-only access. Workspace shared keys and App Insights instrumentation keys
   * bypass Entra ID and RBAC; turn them on only for a tool that cannot use Entra ID.
   * @default true
   */
  disableLocalAuth?: boolean;
  /**
   * An Azure Monitor private link scope (`Microsoft.Insights/privateLinkScopes`) to join both
   * resources to. When set, public ingestion and query default to `"Disabled"`, since the scope's
   * private endpoint carries the traffic.
   * @default - no private link scope
   */
  privateLinkScopeResourceId?: pulumi.Input<string>;
  /**
   * Whether agents and SDKs may send telemetry over the public internet. Diagnostic settings
   * travel over Azure's backbone and are not affected.
   * @default "Disabled" with `privateLinkScopeResourceId`, otherwise "Enabled" (without a private
   * link scope there is no private path, and Application Insights SDKs in endpoints could not report)
   */
  publicNetworkAccessForIngestion?: PublicNetworkAccess;
  /**
   * Whether queries may come from the public internet (the portal outside the private network).
   * @default "Disabled" with `privateLinkScopeResourceId`, otherwise "Enabled"
   */
  publicNetworkAccessForQuery?: PublicNetworkAccess;
  /** @default {} */
  tags?: Tags;
  /** Protects the workspace and the component from deletion by Pulumi. @default true */
  protect?: boolean;
}

/** What `createMonitoringWorkspace` created. */
export interface MonitoringWorkspace {
  workspace: operationalinsights.Workspace;
  applicationInsights: applicationinsights.Component;
  workspaceName: pulumi.Output<string>;
  /** Composed from known names, so it stays known during preview. */
  workspaceResourceId: pulumi.Output<string>;
  /** The workspace (customer) ID that agents address. */
  workspaceCustomerId: pulumi.Output<string>;
  applicationInsightsName: pulumi.Output<string>;
  /** Composed from known names, so it stays known during preview. */
  applicationInsightsResourceId: pulumi.Output<string>;
  applicationInsightsConnectionString: pulumi.Output<string>;
}

const accessValues: readonly string[] = ["Enabled", "Disabled"];

/**
 * Checks the arguments. `prefix` is where the caller's component keeps them (for example
 * `"applicationInsights"`); `""` when they are top-level arguments.
 */
export function validateMonitoringWorkspace(
  v: InputValidator,
  prefix: string,
  args: MonitoringWorkspaceArgs,
): void {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (args.workspaceName !== undefined)
    v.report(at("workspaceName"), nameProblem("logAnalyticsWorkspace", args.workspaceName));
  if (args.applicationInsightsName !== undefined)
    v.report(
      at("applicationInsightsName"),
      nameProblem("applicationInsights", args.applicationInsightsName),
    );
  v.wholeNumber(at("retentionInDays"), args.retentionInDays, { min: 30, max: 730, unit: "days" });
  v.check(
    args.dailyQuotaGb === undefined || args.dailyQuotaGb > 0,
    at("dailyQuotaGb"),
    `${args.dailyQuotaGb} is not allowed: use a positive number of GB, or leave it out for no cap`,
  );
  v.report(
    at("privateLinkScopeResourceId"),
    resourceIdProblem(args.privateLinkScopeResourceId, "Microsoft.Insights/privateLinkScopes"),
  );
  for (const key of ["publicNetworkAccessForIngestion", "publicNetworkAccessForQuery"] as const) {
    const value = args[key];
    v.check(
      value === undefined || accessValues.includes(value),
      at(key),
      `"${value}" is not allowed: use Enabled or Disabled`,
    );
  }
}

/**
 * Creates the workspace (`<component>-log`) and the workspace-based Application Insights
 * component (`<component>-appi`) as children of `parent`, both Entra-only by default, plus their
 * private link scope memberships when a scope is given. Validate first with
 * `validateMonitoringWorkspace`.
 */
export function createMonitoringWorkspace(
  componentName: string,
  args: MonitoringWorkspaceArgs,
  parent: pulumi.Resource,
): MonitoringWorkspace {
  const tags = mergeTags(args.tags);
  const { subscriptionId } = azureContext(parent);
  const scoped = args.privateLinkScopeResourceId !== undefined;
  const ingestion = args.publicNetworkAccessForIngestion ?? (scoped ? "Disabled" : "Enabled");
  const query = args.publicNetworkAccessForQuery ?? (scoped ? "Disabled" : "Enabled");
  const disableLocalAuth = args.disableLocalAuth ?? true;
  const workspaceName = args.workspaceName ?? defaultName("logAnalyticsWorkspace", componentName);
  const appInsightsName =
    args.applicationInsightsName ?? defaultName("applicationInsights", componentName);

  const workspace = new operationalinsights.Workspace(
    `${componentName}-log`,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      workspaceName,
      sku: { name: "PerGB2018" },
      retentionInDays: args.retentionInDays ?? 90,
      features: {
        disableLocalAuth,
        // Readers see only the logs of resources they may read, not the whole workspace.
        enableLogAccessUsingOnlyResourcePermissions: true,
      },
      workspaceCapping:
        args.dailyQuotaGb === undefined ? undefined : { dailyQuotaGb: args.dailyQuotaGb },
      publicNetworkAccessForIngestion: ingestion,
      publicNetworkAccessForQuery: query,
      tags,
    },
    statefulOptions(parent, args.protect),
  );
  const workspaceResourceId = knownResourceId(
    workspace,
    subscriptionId,
    args.resourceGroupName,
    "Microsoft.OperationalInsights/workspaces",
    workspaceName,
  );

  const appInsights = new applicationinsights.Component(
    `${componentName}-appi`,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      resourceName: appInsightsName,
      kind: "web",
      applicationType: "web",
      ingestionMode: "LogAnalytics",
      workspaceResourceId,
      disableLocalAuth,
      publicNetworkAccessForIngestion: ingestion,
      publicNetworkAccessForQuery: query,
      tags,
    },
    statefulOptions(parent, args.protect),
  );
  const applicationInsightsResourceId = knownResourceId(
    appInsights,
    subscriptionId,
    args.resourceGroupName,
    "Microsoft.Insights/components",
    appInsightsName,
  );

  if (args.privateLinkScopeResourceId !== undefined) {
    const scope = pulumi.output(args.privateLinkScopeResourceId).apply((id) => parseResourceId(id));
    const join = (role: string, linkedResourceId: pulumi.Input<string>) =>
      new monitor.PrivateLinkScopedResource(
        `${componentName}-${role}-ampls`,
        {
          resourceGroupName: scope.apply((s) => s?.resourceGroupName ?? ""),
          scopeName: scope.apply((s) => s?.name ?? ""),
          name: `${componentName}-${role}`,
          linkedResourceId,
        },
        { parent },
      );
    join("log", workspaceResourceId);
    join("appi", applicationInsightsResourceId);
  }

  return {
    workspace,
    applicationInsights: appInsights,
    workspaceName: pulumi.output(workspaceName),
    workspaceResourceId,
    workspaceCustomerId: workspace.customerId,
    applicationInsightsName: pulumi.output(appInsightsName),
    applicationInsightsResourceId,
    applicationInsightsConnectionString: appInsights.connectionString,
  };
}
