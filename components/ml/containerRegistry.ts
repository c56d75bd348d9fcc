import * as pulumi from "@pulumi/pulumi";
import * as containerregistry from "@pulumi/azure-native/containerregistry";
import {
  azureContext,
  createPrivateResourceExtras,
  CustomerManagedKeyArgs,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  keyIdentifier,
  knownResourceId,
  mergeTags,
  nameProblem,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  SharedResourceArgs,
  statefulOptions,
  validateCustomerManagedKey,
  validatePrivateResourceExtras,
} from "../common";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:ml:PrivateContainerRegistry";

export interface PrivateContainerRegistryArgs extends SharedResourceArgs {
  /** Required. The resource group for the registry and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The registry's globally unique name: 5-50 letters or digits.
   * @default `cr<name><hash of subscription, resource group and name>`
   */
  registryName?: string;
  /**
   * Required. The key that encrypts the registry; `EncryptionKey.customerManagedKey` fits. The
   * registry addresses its identity by client ID, so `userAssignedIdentityClientId` is required.
   * Registry encryption can only be chosen at creation.
   */
  customerManagedKey: CustomerManagedKeyArgs;
  /**
   * Whether trusted Azure services (Azure Machine Learning among them) may reach the registry
   * past the network rules. `"None"` closes that path too.
   * @default "AzureServices"
   */
  networkRuleBypassOptions?: "AzureServices" | "None";
  /**
   * Opt-out of zone redundancy, for regions without availability zones. It can only be chosen at
   * creation.
   * @default "Enabled"
   */
  zoneRedundancy?: "Enabled" | "Disabled";
  /**
   * Days untagged manifests are kept before the retention policy deletes them (0-365). Azure
   * refuses a retention policy while soft delete is on, so it conflicts with
   * `softDeleteRetentionInDays`.
   * @default 7 (retention on, soft delete off)
   */
  retentionDays?: number;
  /**
   * Turns on soft delete (a preview feature of the registry) for this many days (1-90) instead of
   * the retention policy; conflicts with `retentionDays`.
   * @default - soft delete off; the retention policy applies
   */
  softDeleteRetentionInDays?: number;
  /** Required. The private endpoint (group `registry`); `LandingZoneNetwork.privateEndpoint` fits. */
  privateEndpoint: PrivateEndpointArgs;
  /** Required. Where the registry's logs go; `[]` opts out. Defaults per setting: allLogs + AllMetrics. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Protects the registry from deletion by Pulumi. @default true */
  protect?: boolean;
}

/**
 * A Premium Azure Container Registry that only its private endpoint reaches: no admin user, no
 * anonymous pull, no export, dedicated data endpoints, zone-redundant, encrypted with a
 * customer-managed key, with a retention policy for untagged manifests (or soft delete) and logs
 * to Azure Monitor.
 */
export class PrivateContainerRegistry extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  public readonly resourceId: pulumi.Output<string>;
  /** `<name>.azurecr.io`, derived from the name so it is known during preview. */
  public readonly loginServer: pulumi.Output<string>;
  public readonly privateEndpoints: PrivateEndpointOutput[];

  constructor(
    name: string,
    args: PrivateContainerRegistryArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validatePrivateContainerRegistryArgs(v, args);
    v.throwIfInvalid();

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const registryName = args.registryName
      ? pulumi.output(args.registryName)
      : pulumi
          .all([subscriptionId, args.resourceGroupName])
          .apply(([sub, group]) => defaultName("containerRegistry", name, [sub, group, name]));
    const cmk = args.customerManagedKey;
    const softDelete = args.softDeleteRetentionInDays;

    const registry = new containerregistry.Registry(
      `${name}-registry`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        registryName,
        // Private endpoints, zone redundancy and CMK all need Premium.
        sku: { name: "Premium" },
        adminUserEnabled: false,
        anonymousPullEnabled: false,
        // Layers come from `<name>.<region>.data.azurecr.io`, which the private endpoint also
        // serves, instead of the region's shared storage: a firewall can allow this registry
        // alone. Free on Premium.
        dataEndpointEnabled: true,
        publicNetworkAccess: "Disabled",
        networkRuleBypassOptions: args.networkRuleBypassOptions ?? "AzureServices",
        // Wrapped whole by azure-native: only literals here, so it stays known during preview.
        networkRuleSet: { defaultAction: "Deny", ipRules: [] },
        zoneRedundancy: args.zoneRedundancy ?? "Enabled",
        // The registry's identity map is keyed by identity ID, so it is built once the ID is known.
        identity: {
          type: "UserAssigned",
          userAssignedIdentities: pulumi
            .output(cmk.userAssignedIdentityResourceId)
            .apply((id) => ({ [id]: {} })),
        },
        encryption: {
          status: "enabled",
          keyVaultProperties: {
            // Versionless, so the registry follows the key's rotation.
            keyIdentifier: keyIdentifier(cmk),
            identity: cmk.userAssignedIdentityClientId,
          },
        },
        // Wrapped whole by azure-native: only literals here, so it stays known during preview.
        policies: {
          exportPolicy: { status: "disabled" },
          retentionPolicy:
            softDelete === undefined
              ? { status: "enabled", days: args.retentionDays ?? 7 }
              : { status: "disabled" },
          softDeletePolicy:
            softDelete === undefined
              ? { status: "disabled" }
              : { status: "enabled", retentionDays: softDelete },
        },
        tags,
      },
      statefulOptions(this, args.protect),
    );

    const resourceId = knownResourceId(
      registry,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.ContainerRegistry/registries",
      registryName,
    );
    const child = { parent: this };
    this.privateEndpoints = createPrivateResourceExtras(
      name,
      "registry",
      {
        resourceId,
        resourceName: registryName,
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        tags,
      },
      ["registry"],
      args,
      child,
    );

    this.name = registryName;
    this.resourceId = resourceId;
    this.loginServer = pulumi.interpolate`${registryName}.azurecr.io`;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      loginServer: this.loginServer,
    });
  }
}

/**
 * Records every problem of `args` in `v`, at the argument paths of `PrivateContainerRegistry` (a composite passes
 * a validator `within` its own path).
 */
export function validatePrivateContainerRegistryArgs(
  v: InputValidator,
  args: PrivateContainerRegistryArgs,
): void {
  if (args.registryName !== undefined)
    v.report("registryName", nameProblem("containerRegistry", args.registryName));
  validateRegistryKey(v, "customerManagedKey", args.customerManagedKey);
  v.check(
    args.networkRuleBypassOptions === undefined ||
      ["AzureServices", "None"].includes(args.networkRuleBypassOptions),
    "networkRuleBypassOptions",
    `"${args.networkRuleBypassOptions}" is not allowed: use AzureServices or None`,
  );
  v.check(
    args.zoneRedundancy === undefined || ["Enabled", "Disabled"].includes(args.zoneRedundancy),
    "zoneRedundancy",
    `"${args.zoneRedundancy}" is not allowed: use Enabled or Disabled`,
  );
  v.wholeNumber("retentionDays", args.retentionDays, { min: 0, max: 365, unit: "days" });
  v.wholeNumber("softDeleteRetentionInDays", args.softDeleteRetentionInDays, {
    min: 1,
    max: 90,
    unit: "days",
  });
  v.check(
    args.retentionDays === undefined || args.softDeleteRetentionInDays === undefined,
    "softDeleteRetentionInDays",
    "conflicts with retentionDays: Azure refuses a retention policy while soft delete is on; set one or the other",
  );
  validatePrivateResourceExtras(v, args, ["registry"]);
}

/** The registry's CMK checks: the shared ones, plus the client ID the registry needs. */
export function validateRegistryKey(
  v: InputValidator,
  path: string,
  cmk: CustomerManagedKeyArgs | undefined,
): void {
  if (cmk === undefined) {
    v.fail(path, "is required: pass EncryptionKey.customerManagedKey or your own key and identity");
    return;
  }
  validateCustomerManagedKey(v, path, cmk);
  v.check(
    cmk.userAssignedIdentityClientId !== undefined,
    `${path}.userAssignedIdentityClientId`,
    "is required: the registry addresses its key's identity by client ID",
  );
}
