import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import {
  azureContext,
  createPrivateResourceExtras,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  PublicAccessArgs,
  SharedResourceArgs,
  statefulOptions,
  validatePrivateResourceExtras,
  validatePublicAccess,
} from "../common";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:security:KeyVault";

export interface KeyVaultArgs extends SharedResourceArgs, PublicAccessArgs {
  /** Required. The resource group for the vault and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The vault's globally unique name: 3-24 letters, digits or hyphens.
   * @default `kv-<name>-<hash of subscription, resource group and name>`
   */
  vaultName?: string;
  /**
   * `premium` can keep keys in hardware security modules (`EncryptionKey`'s default `RSA-HSM`);
   * a `standard` vault holds software-protected keys only.
   * @default "premium"
   */
  skuName?: "standard" | "premium";
  /**
   * Days a deleted vault or key stays recoverable (7-90). Purge protection is always on, as CMK
   * consumers require it, so nothing can be purged before this ends.
   * @default 90
   */
  softDeleteRetentionInDays?: number;
  /** Required. The private endpoint (group `vault`); `LandingZoneNetwork.privateEndpoint` fits. */
  privateEndpoint: PrivateEndpointArgs;
  /** Required. Where the vault's audit logs go; `[]` opts out. Defaults per setting: allLogs + AllMetrics. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /**
   * Protects the vault from deletion by Pulumi. Set `false` only for throwaway environments.
   * @default true
   */
  protect?: boolean;
}

/** The vault's SKU, default applied. */
export function keyVaultSku(args: Pick<KeyVaultArgs, "skuName">): "standard" | "premium" {
  return args.skuName ?? "premium";
}

/**
 * A private, RBAC-authorised Key Vault with purge protection and 90-day soft delete, reachable
 * only through its private endpoint, with audit logs to Azure Monitor.
 */
export class KeyVault extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  public readonly resourceId: pulumi.Output<string>;
  /** `https://<name>.vault.azure.net/`, derived from the name so it is known during preview. */
  public readonly vaultUri: pulumi.Output<string>;
  /** The vault's SKU; a key in a `standard` vault cannot be HSM-protected. */
  public readonly skuName: "standard" | "premium";
  public readonly privateEndpoints: PrivateEndpointOutput[];

  constructor(name: string, args: KeyVaultArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateKeyVaultArgs(v, args);
    v.throwIfInvalid();

    const tags = mergeTags(args.tags);
    const { tenantId, subscriptionId } = azureContext(this);
    const vaultName = args.vaultName
      ? pulumi.output(args.vaultName)
      : pulumi
          .all([subscriptionId, args.resourceGroupName])
          .apply(([sub, group]) => defaultName("keyVault", name, [sub, group, name]));
    const publicAccess = args.publicNetworkAccess ?? "Disabled";

    const vault = new keyvault.Vault(
      `${name}-vault`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        vaultName,
        properties: {
          tenantId,
          sku: { family: "A", name: keyVaultSku(args) },
          enableRbacAuthorization: true,
          enablePurgeProtection: true,
          enableSoftDelete: true,
          softDeleteRetentionInDays: args.softDeleteRetentionInDays ?? 90,
          publicNetworkAccess: publicAccess,
          networkAcls: {
            defaultAction: "Deny",
            bypass: "AzureServices",
            ipRules:
              publicAccess === "Enabled"
                ? (args.allowedIpRanges ?? []).map((value) => ({ value }))
                : [],
            virtualNetworkRules: [],
          },
          enabledForDeployment: false,
          enabledForDiskEncryption: false,
          enabledForTemplateDeployment: false,
        },
        tags,
      },
      statefulOptions(this, args.protect),
    );

    const resourceId = knownResourceId(
      vault,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.KeyVault/vaults",
      vaultName,
    );
    const child = { parent: this };
    this.privateEndpoints = createPrivateResourceExtras(
      name,
      "vault",
      {
        resourceId,
        resourceName: vaultName,
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        tags,
      },
      ["vault"],
      args,
      child,
    );

    this.name = vaultName;
    this.skuName = keyVaultSku(args);
    this.resourceId = resourceId;
    this.vaultUri = pulumi.interpolate`https://${vaultName}.vault.azure.net/`;
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, vaultUri: this.vaultUri });
  }
}

/**
 * Records every problem of `args` in `v`, at the argument paths of `KeyVault` (a composite passes
 * a validator `within` its own path).
 */
export function validateKeyVaultArgs(v: InputValidator, args: KeyVaultArgs): void {
  if (args.vaultName !== undefined) v.report("vaultName", nameProblem("keyVault", args.vaultName));
  v.check(
    args.skuName === undefined || ["standard", "premium"].includes(args.skuName),
    "skuName",
    `"${args.skuName}" is not a Key Vault SKU: use standard or premium`,
  );
  v.wholeNumber("softDeleteRetentionInDays", args.softDeleteRetentionInDays, {
    min: 7,
    max: 90,
    unit: "days",
  });
  validatePublicAccess(v, args);
  validatePrivateResourceExtras(v, args, ["vault"]);
}
