import * as pulumi from "@pulumi/pulumi";
import {
  azureContext,
  bringOrCreateIdentity,
  createPrivateResourceExtras,
  CustomerManagedKeyArgs,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  PrivateLinkGroupId,
  resourceIdProblem,
  SharedResourceArgs,
  validateBroughtIdentity,
  validateCustomerManagedKey,
  validatePrivateResourceExtras,
} from "../common";
import { EncryptionKey, KeyVault } from "../security";
import { CmkStorageAccount } from "../storage";
import {
  MonitoringWorkspaceArgs,
  validateMonitoringWorkspace,
} from "../monitoring/monitoringWorkspace";
import { PrivateContainerRegistry, validateRegistryKey } from "./containerRegistry";
import {
  MlIsolationMode,
  mlIsolationModes,
  MlOutboundRule,
  needsFirewall,
  ResolvedMlOutboundRule,
  resolveOutboundRules,
  validateOutboundRules,
} from "./outboundRules";
import { createWorkspaceDependencies, dependencyGrants } from "./workspaceDependencies";
import { createWorkspace, workspaceNameOf } from "./workspaceResource";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:ml:PrivateMlWorkspace";

/** The settings of the monitoring workspace `PrivateMlWorkspace` creates for Application Insights. */
export type MlMonitoringArgs = Omit<
  MonitoringWorkspaceArgs,
  "resourceGroupName" | "location" | "tags" | "protect"
>;

export interface PrivateMlWorkspaceArgs extends SharedResourceArgs {
  /** Required. The resource group for the workspace and every dependency it creates. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * A fixed workspace name (3-33 letters, digits, hyphens or underscores). A deleted workspace is
   * soft-deleted and blocks its name for 14 days, so a fixed name cannot be recreated in that time.
   * @default `mlw-<name>-<6 random characters>`, a new suffix whenever the workspace is recreated;
   * the name is then unknown until the first deployment.
   */
  workspaceName?: string;
  /** @default - none */
  friendlyName?: pulumi.Input<string>;
  /** @default - none */
  description?: pulumi.Input<string>;
  /**
   * High business impact: Azure ML collects less diagnostic data and encrypts compute scratch
   * disks. It can only be chosen at creation; `false` opts out.
   * @default true
   */
  hbiWorkspace?: boolean;
  /**
   * Outbound mode of the managed network. `AllowInternetOutbound` is the opt-out that lets managed
   * compute reach the internet. Isolation is one-way: once on it cannot be turned off, and a
   * workspace in `AllowOnlyApprovedOutbound` cannot move back to `AllowInternetOutbound`.
   * @default "AllowOnlyApprovedOutbound"
   */
  isolationMode?: MlIsolationMode;
  /**
   * User-defined outbound rules of the managed network, by rule name. Rules for the workspace's own
   * storage, vault and registry are added by Azure. FQDN and ServiceTag rules need
   * `AllowOnlyApprovedOutbound`; the first FQDN rule deploys a paid managed Azure Firewall.
   * @default {}
   */
  outboundRules?: Record<string, MlOutboundRule>;
  /**
   * SKU of the managed firewall that FQDN rules deploy; `Basic` costs less with fewer features.
   * Only with FQDN rules.
   * @default "Standard" when there are FQDN rules
   */
  firewallSku?: "Basic" | "Standard";
  /**
   * Provision the managed network with the workspace instead of with the first compute.
   * @default false
   */
  provisionNetworkNow?: boolean;
  /**
   * A compute cluster name that builds environment images. ACR Tasks cannot reach a private
   * registry, so set one unless serverless compute in the managed network builds them.
   * @default - none
   */
  imageBuildCompute?: pulumi.Input<string>;
  /**
   * The key for workspace encryption (and for the storage account and registry this component
   * creates). The vault must have purge protection.
   * @default - an HSM-protected `EncryptionKey` in the workspace's key vault (a brought
   * `keyVaultResourceId` must then be a premium vault)
   */
  customerManagedKey?: CustomerManagedKeyArgs;
  /**
   * A `Microsoft.KeyVault/vaults` ID for the workspace's secrets (RBAC authorization, purge
   * protection).
   * @default - a private `KeyVault` is created
   */
  keyVaultResourceId?: pulumi.Input<string>;
  /**
   * A `Microsoft.Storage/storageAccounts` ID for the workspace's default storage; it must allow
   * Entra ID access (the workspace uses identity-based datastores).
   * @default - a private `CmkStorageAccount` with blob and file endpoints is created
   */
  storageAccountResourceId?: pulumi.Input<string>;
  /**
   * A `Microsoft.ContainerRegistry/registries` ID for environment images.
   * @default - a private Premium `PrivateContainerRegistry` is created
   */
  containerRegistryResourceId?: pulumi.Input<string>;
  /**
   * A `Microsoft.Insights/components` ID (workspace-based, local auth disabled), e.g.
   * `Observability.applicationInsightsResourceId`.
   * @default - a Log Analytics workspace `log-<name>` and a workspace-based Application Insights
   * `appi-<name>` are created, Entra-only (see `monitoring`)
   */
  applicationInsightsResourceId?: pulumi.Input<string>;
  /**
   * Settings of the Log Analytics workspace and Application Insights created when
   * `applicationInsightsResourceId` is not given (retention, daily cap, private link scope,
   * public access); conflicts with `applicationInsightsResourceId`.
   * @default - 90 days, no cap, local auth disabled; public ingestion and query stay enabled
   * unless `privateLinkScopeResourceId` is set, as there is no other private path for telemetry
   */
  monitoring?: MlMonitoringArgs;
  /**
   * A `Microsoft.ManagedIdentity/userAssignedIdentities` ID to use as the workspace's primary
   * identity.
   * @default - an identity `id-<name>` is created
   */
  userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Conditional: the brought identity's principal (object) ID; required with `userAssignedIdentityResourceId`. */
  userAssignedIdentityPrincipalId?: pulumi.Input<string>;
  /**
   * Grant the workspace identity the roles Azure ML needs on storage, vault, registry and
   * Application Insights. `false` when they are granted elsewhere.
   * @default true
   */
  assignDependencyRoles?: boolean;
  /**
   * Required. Private endpoints for the workspace (`amlworkspace`: api and notebooks zones) and for
   * the dependencies it creates (vault, blob, file, registry); `LandingZoneNetwork.privateEndpoint` fits.
   */
  privateEndpoint: PrivateEndpointArgs;
  /**
   * Required. Diagnostics of the workspace and of the vault, storage, registry and Log Analytics
   * workspace (its query audit) it creates; `[]` opts out. Defaults per setting: allLogs +
   * AllMetrics.
   */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Protects the workspace and the stateful dependencies it creates from deletion. @default true */
  protect?: boolean;
}

/** The arguments with every default applied, the only value the component reads. */
export type ResolvedPrivateMlWorkspaceArgs = Omit<PrivateMlWorkspaceArgs, "outboundRules"> &
  Required<
    Pick<
      PrivateMlWorkspaceArgs,
      "hbiWorkspace" | "isolationMode" | "provisionNetworkNow" | "assignDependencyRoles" | "protect"
    >
  > & { outboundRules: Record<string, ResolvedMlOutboundRule> };

/**
 * Applies every default of `PrivateMlWorkspaceArgs` once, as its `@default`s say. `firewallSku`
 * stays as given when set (validation rejects it without FQDN rules), else `Standard` with them.
 */
export function resolvePrivateMlWorkspaceArgs(
  args: PrivateMlWorkspaceArgs,
): ResolvedPrivateMlWorkspaceArgs {
  const outboundRules = resolveOutboundRules(args.outboundRules);
  return {
    ...args,
    hbiWorkspace: args.hbiWorkspace ?? true,
    isolationMode: args.isolationMode ?? "AllowOnlyApprovedOutbound",
    outboundRules,
    firewallSku: args.firewallSku ?? (needsFirewall(outboundRules) ? "Standard" : undefined),
    provisionNetworkNow: args.provisionNetworkNow ?? false,
    assignDependencyRoles: args.assignDependencyRoles ?? true,
    protect: args.protect ?? true,
  };
}

/**
 * Records every problem of the resolved `args` in `v`, at the argument paths of
 * `PrivateMlWorkspace` (a composite passes a validator `within` its own path).
 */
export function validatePrivateMlWorkspaceArgs(
  v: InputValidator,
  args: ResolvedPrivateMlWorkspaceArgs,
): void {
  if (args.workspaceName !== undefined)
    v.report("workspaceName", nameProblem("mlWorkspace", args.workspaceName));

  const mode = args.isolationMode;
  v.check(
    mlIsolationModes.includes(mode),
    "isolationMode",
    `"${mode}" is not allowed: use AllowOnlyApprovedOutbound or AllowInternetOutbound (a private workspace keeps its managed network isolated; isolation cannot be turned off once on)`,
  );
  validateOutboundRules(v, "outboundRules", args.outboundRules, mode);
  v.check(
    args.firewallSku === undefined || ["Basic", "Standard"].includes(args.firewallSku),
    "firewallSku",
    `"${args.firewallSku}" is not a firewall SKU: use Basic or Standard`,
  );
  v.check(
    args.firewallSku === undefined || needsFirewall(args.outboundRules),
    "firewallSku",
    "applies only with FQDN outbound rules, which deploy the managed firewall; remove it or add an FQDN rule",
  );

  const ids: [keyof ResolvedPrivateMlWorkspaceArgs, string][] = [
    ["keyVaultResourceId", "Microsoft.KeyVault/vaults"],
    ["storageAccountResourceId", "Microsoft.Storage/storageAccounts"],
    ["containerRegistryResourceId", "Microsoft.ContainerRegistry/registries"],
    ["applicationInsightsResourceId", "Microsoft.Insights/components"],
  ];
  for (const [arg, type] of ids) {
    v.report(arg, resourceIdProblem(args[arg] as pulumi.Input<string> | undefined, type));
  }
  if (args.applicationInsightsResourceId === undefined) {
    validateMonitoringWorkspace(v, "monitoring", {
      ...args.monitoring,
      resourceGroupName: args.resourceGroupName,
    });
  } else {
    v.check(
      args.monitoring === undefined,
      "monitoring",
      "conflicts with applicationInsightsResourceId: it configures only the Application Insights this component creates",
    );
  }
  validateBroughtIdentity(v, args);

  // A created registry addresses the key's identity by client ID; a created key has one.
  if (args.customerManagedKey !== undefined && args.containerRegistryResourceId === undefined) {
    validateRegistryKey(v, "customerManagedKey", args.customerManagedKey);
  } else {
    validateCustomerManagedKey(v, "customerManagedKey", args.customerManagedKey);
  }

  // One check of the endpoint arguments for every endpoint this component will create, so all
  // problems come back in one error under the caller's argument names.
  const groups: PrivateLinkGroupId[] = ["amlworkspace"];
  if (args.keyVaultResourceId === undefined) groups.push("vault");
  if (args.storageAccountResourceId === undefined) groups.push("blob", "file");
  if (args.containerRegistryResourceId === undefined) groups.push("registry");
  validatePrivateResourceExtras(v, args, groups);
}

/**
 * A private Azure Machine Learning workspace: no public network access, a managed network that
 * allows only approved outbound traffic, identity-based datastores, a user-assigned identity,
 * customer-managed-key encryption, and its vault, CMK storage, Premium registry and workspace-based
 * Application Insights created hardened (or brought by ID).
 */
export class PrivateMlWorkspace extends pulumi.ComponentResource {
  /** Unknown until the first deployment when the name has a random suffix. */
  public readonly name: pulumi.Output<string>;
  public readonly resourceId: pulumi.Output<string>;
  public readonly location: pulumi.Output<string | undefined>;
  /** The workspace's immutable GUID, assigned by Azure. */
  public readonly workspaceId: pulumi.Output<string>;
  public readonly identityResourceId: pulumi.Output<string>;
  public readonly identityPrincipalId: pulumi.Output<string>;
  /** Undefined when the identity was brought. */
  public readonly identityClientId: pulumi.Output<string> | undefined;
  /** The key (and its identity) that encrypts the workspace. */
  public readonly customerManagedKey: CustomerManagedKeyArgs;
  public readonly keyVaultResourceId: pulumi.Output<string>;
  public readonly storageAccountResourceId: pulumi.Output<string>;
  public readonly containerRegistryResourceId: pulumi.Output<string>;
  public readonly applicationInsightsResourceId: pulumi.Output<string>;
  /** The Log Analytics workspace created for Application Insights; undefined when App Insights was brought. */
  public readonly logAnalyticsWorkspaceResourceId: pulumi.Output<string> | undefined;
  /** The workspace's private endpoint (`amlworkspace`). */
  public readonly privateEndpoints: PrivateEndpointOutput[];
  /** Private endpoints of the dependencies this component created. */
  public readonly dependencyPrivateEndpoints: PrivateEndpointOutput[];
  /** The dependencies created here; undefined when brought by ID. */
  public readonly keyVault: KeyVault | undefined;
  public readonly encryptionKey: EncryptionKey | undefined;
  public readonly storageAccount: CmkStorageAccount | undefined;
  public readonly containerRegistry: PrivateContainerRegistry | undefined;

  constructor(name: string, args: PrivateMlWorkspaceArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolvePrivateMlWorkspaceArgs(args);
    const v = new InputValidator(TOKEN, name);
    validatePrivateMlWorkspaceArgs(v, resolved);
    v.throwIfInvalid();

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const group = resolved.resourceGroupName;

    const dependencies = createWorkspaceDependencies(name, resolved, tags, this);
    // The workspace's primary identity, separate from the CMK identity, which only unwraps keys.
    const identity = bringOrCreateIdentity(name, { ...resolved, subscriptionId, tags }, this);
    const grants = dependencyGrants(name, resolved, dependencies, identity.principalId, this);

    const workspaceName = workspaceNameOf(name, resolved, this);
    const workspace = createWorkspace(
      name,
      resolved,
      { workspaceName, identityId: identity.resourceId, dependencies, grants, tags },
      this,
    );
    const resourceId = knownResourceId(
      workspace,
      subscriptionId,
      group,
      "Microsoft.MachineLearningServices/workspaces",
      workspaceName,
    );
    this.privateEndpoints = createPrivateResourceExtras(
      name,
      "workspace",
      {
        resourceId,
        resourceName: workspaceName,
        resourceGroupName: group,
        location: resolved.location,
        tags,
      },
      ["amlworkspace"],
      resolved,
      { parent: this },
    );

    this.name = workspaceName;
    this.resourceId = resourceId;
    this.location =
      resolved.location !== undefined ? pulumi.output(resolved.location) : workspace.location;
    this.workspaceId = workspace.workspaceId;
    this.identityResourceId = identity.resourceId;
    this.identityPrincipalId = identity.principalId;
    this.identityClientId = identity.clientId;
    this.customerManagedKey = dependencies.customerManagedKey;
    this.keyVaultResourceId = dependencies.keyVaultId;
    this.storageAccountResourceId = dependencies.storageId;
    this.containerRegistryResourceId = dependencies.registryId;
    this.applicationInsightsResourceId = dependencies.appInsightsId;
    this.logAnalyticsWorkspaceResourceId = dependencies.logAnalyticsWorkspaceResourceId;
    this.dependencyPrivateEndpoints = dependencies.privateEndpoints;
    this.keyVault = dependencies.keyVault;
    this.encryptionKey = dependencies.encryptionKey;
    this.storageAccount = dependencies.storageAccount;
    this.containerRegistry = dependencies.containerRegistry;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      location: this.location,
      workspaceId: this.workspaceId,
      identityResourceId: this.identityResourceId,
      identityPrincipalId: this.identityPrincipalId,
      keyVaultResourceId: this.keyVaultResourceId,
      storageAccountResourceId: this.storageAccountResourceId,
      containerRegistryResourceId: this.containerRegistryResourceId,
      applicationInsightsResourceId: this.applicationInsightsResourceId,
    });
  }
}
