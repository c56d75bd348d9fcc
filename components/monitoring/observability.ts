import * as pulumi from "@pulumi/pulumi";
import {
  azureContext,
  createDiagnosticSettings,
  createLock,
  createRoleAssignments,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  SharedResourceArgs,
  validateDiagnosticSettings,
  validateSharedArgs,
} from "../common";
import { ActionGroupArgs, createActionGroup, validateActionGroup } from "./actionGroup";
import { AlertsArgs, createAlertRules, validateAlerts } from "./alertRules";
import {
  createMonitoringWorkspace,
  MonitoringWorkspaceArgs,
  validateMonitoringWorkspace,
} from "./monitoringWorkspace";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:monitoring:Observability";

export interface ObservabilityArgs extends MonitoringWorkspaceArgs, SharedResourceArgs {
  /** Required. Who gets alerts (and budget notifications, through `CostGuardrails`). */
  actionGroup: ActionGroupArgs;
  /**
   * Alert rules by target group; each group is created only when it lists targets, so a landing
   * zone without AKS simply leaves `aks` out. Thresholds default to `defaultThresholds`.
   * @default - no alert rules
   */
  alerts?: AlertsArgs;
  /**
   * Where the workspace's own audit logs (who queried what) go; `[]` opts out.
   * @default [{ workspaceResourceId: <this workspace> }]
   */
  diagnosticSettings?: DiagnosticSettingArgs[];
}

/**
 * The landing zone's monitoring: a Log Analytics workspace (Entra-only, retention as an argument),
 * workspace-based Application Insights, an action group, and metric and log alert rules for
 * online endpoints, AKS, Key Vault keys and storage. Other components send their diagnostics here
 * through `diagnosticSettings`.
 */
export class Observability extends pulumi.ComponentResource {
  public readonly logAnalyticsWorkspaceName: pulumi.Output<string>;
  /** Known during preview. */
  public readonly logAnalyticsWorkspaceResourceId: pulumi.Output<string>;
  public readonly logAnalyticsWorkspaceCustomerId: pulumi.Output<string>;
  /** Known during preview. */
  public readonly applicationInsightsResourceId: pulumi.Output<string>;
  public readonly applicationInsightsConnectionString: pulumi.Output<string>;
  /** Known during preview; pass it to `CostGuardrails`. */
  public readonly actionGroupResourceId: pulumi.Output<string>;
  /** Ready to pass as any component's `diagnosticSettings`. */
  public readonly diagnosticSettings: DiagnosticSettingArgs[];
  /** The alert rules' logical names (`<rule>-<key>`), for reference. */
  public readonly alertRuleNames: string[];

  constructor(name: string, args: ObservabilityArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateObservabilityArgs(v, args);
    v.throwIfInvalid();

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const child = { parent: this };
    const monitoring = createMonitoringWorkspace(name, { ...args, tags }, this);

    const actionGroupName = `ag-${name}`;
    const actionGroup = createActionGroup(
      name,
      args.resourceGroupName,
      actionGroupName,
      args.actionGroup,
      tags,
      this,
    );
    const actionGroupResourceId = knownResourceId(
      actionGroup,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.Insights/actionGroups",
      actionGroupName,
    );
    const rules = createAlertRules(
      {
        componentName: name,
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        actionGroupResourceId,
        tags,
        parent: this,
      },
      args.alerts,
    );

    const workspaceId = monitoring.workspaceResourceId;
    createDiagnosticSettings(
      name,
      "workspace",
      workspaceId,
      args.diagnosticSettings ?? [{ workspaceResourceId: workspaceId }],
      child,
    );
    createRoleAssignments(name, "workspace", workspaceId, args.roleAssignments ?? [], child);
    createLock(name, monitoring.workspaceName, workspaceId, args.lock, child);

    this.logAnalyticsWorkspaceName = monitoring.workspaceName;
    this.logAnalyticsWorkspaceResourceId = workspaceId;
    this.logAnalyticsWorkspaceCustomerId = monitoring.workspaceCustomerId;
    this.applicationInsightsResourceId = monitoring.applicationInsightsResourceId;
    this.applicationInsightsConnectionString = monitoring.applicationInsightsConnectionString;
    this.actionGroupResourceId = actionGroupResourceId;
    this.diagnosticSettings = [{ workspaceResourceId: workspaceId }];
    this.alertRuleNames = Object.keys(rules);
    this.registerOutputs({
      logAnalyticsWorkspaceResourceId: this.logAnalyticsWorkspaceResourceId,
      applicationInsightsResourceId: this.applicationInsightsResourceId,
      actionGroupResourceId: this.actionGroupResourceId,
    });
  }
}

/**
 * Records every problem of `args` in `v`, at the argument paths of `Observability` (a composite passes
 * a validator `within` its own path).
 */
export function validateObservabilityArgs(v: InputValidator, args: ObservabilityArgs): void {
  validateMonitoringWorkspace(v, "", args);
  if (args.actionGroup === undefined) {
    v.fail("actionGroup", "is required: give at least one email or webhook receiver for alerts");
  } else {
    validateActionGroup(v, "actionGroup", args.actionGroup);
  }
  validateAlerts(v, "alerts", args.alerts);
  if (args.diagnosticSettings !== undefined)
    validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
}
