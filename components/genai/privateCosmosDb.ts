import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import {
  azureContext,
  createPrivateResourceExtras,
  CustomerManagedKeyArgs,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  keyIdentifier,
  knownResourceId,
  ManagedIdentitiesArgs,
  mergeTags,
  nameProblem,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  PublicAccessArgs,
  renderIdentity,
  SharedResourceArgs,
  statefulOptions,
  validateCustomerManagedKey,
  validateDiagnosticSettings,
  validatePrivateEndpoint,
  validatePublicAccess,
  validateSharedArgs,
} from "../common";

const TOKEN = "ailz:genai:PrivateCosmosDb";

/** Continuous backup windows Cosmos DB offers. */
export type CosmosContinuousTier = "Continuous7Days" | "Continuous30Days";

export interface PrivateCosmosDbArgs extends SharedResourceArgs, PublicAccessArgs {
  /** Required. The resource group for the account and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /** Required. The account's write region, e.g. `westeurope` (Cosmos DB lists regions by name). */
  location: string;
  /**
   * The account's globally unique name: 3-44 lowercase letters, digits or hyphens.
   * @default `cosmos-<name>-<hash of subscription, resource group and name>`
   */
  accountName?: string;
  /** Read regions, in failover order after `location`. @default [] */
  failoverLocations?: string[];
  /**
   * Opt-out of zone redundancy in every region (some regions have no availability zones).
   * @default true
   */
  zoneRedundant?: boolean;
  /**
   * Required. The key that encrypts the account's data, e.g. `EncryptionKey.customerManagedKey`.
   * The account reads it with that user-assigned identity.
   */
  customerManagedKey: CustomerManagedKeyArgs;
  /** More identities; the CMK identity is always attached. @default - the CMK identity only */
  managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Opt-out of Entra-only data access. Account keys bypass Entra ID and Cosmos DB's data-plane
   * RBAC.
   * @default true
   */
  disableLocalAuth?: boolean;
  /**
   * Opt-out of blocking metadata writes (databases, containers, throughput) with account keys, so
   * they go through Azure Resource Manager and its RBAC and activity log.
   * @default true
   */
  disableKeyBasedMetadataWriteAccess?: boolean;
  /** The point-in-time restore window; backups are always continuous. @default "Continuous30Days" */
  continuousBackupTier?: CosmosContinuousTier;
  /** Required. The private endpoint (group `Sql`, zone privatelink.documents.azure.com). */
  privateEndpoint: PrivateEndpointArgs;
  /** Required. Where data-plane and control-plane logs go; `[]` opts out. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Protects the account (agent threads and state) from deletion by Pulumi. @default true */
  protect?: boolean;
}

type ResolvedPrivateCosmosDbArgs = PrivateCosmosDbArgs &
  Required<
    Pick<
      PrivateCosmosDbArgs,
      | "failoverLocations"
      | "zoneRedundant"
      | "disableLocalAuth"
      | "disableKeyBasedMetadataWriteAccess"
      | "continuousBackupTier"
      | "publicNetworkAccess"
      | "protect"
    >
  >;

function resolve(args: PrivateCosmosDbArgs): ResolvedPrivateCosmosDbArgs {
  return {
    ...args,
    failoverLocations: args.failoverLocations ?? [],
    zoneRedundant: args.zoneRedundant ?? true,
    disableLocalAuth: args.disableLocalAuth ?? true,
    disableKeyBasedMetadataWriteAccess: args.disableKeyBasedMetadataWriteAccess ?? true,
    continuousBackupTier: args.continuousBackupTier ?? "Continuous30Days",
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    protect: args.protect ?? true,
  };
}

const REGION = /^[a-z][a-z0-9]+$/;

/**
 * Records every problem of `given` in `v`, at the argument paths of `PrivateCosmosDb` (a composite passes
 * a validator `within` its own path).
 */
export function validatePrivateCosmosDbArgs(v: InputValidator, given: PrivateCosmosDbArgs): void {
  const args = resolve(given);
  if (args.accountName !== undefined)
    v.report("accountName", nameProblem("cosmosDbAccount", args.accountName));
  v.check(
    typeof args.location === "string" && REGION.test(args.location),
    "location",
    `"${args.location}" is not a region name: use one like westeurope (lowercase, no spaces)`,
  );
  const regions = [args.location, ...args.failoverLocations];
  args.failoverLocations.forEach((region, i) =>
    v.check(
      REGION.test(region) && regions.indexOf(region) === i + 1,
      `failoverLocations[${i}]`,
      REGION.test(region)
        ? `"${region}" is listed twice: name each region once`
        : `"${region}" is not a region name: use one like northeurope`,
    ),
  );
  v.check(
    ["Continuous7Days", "Continuous30Days"].includes(args.continuousBackupTier),
    "continuousBackupTier",
    `"${args.continuousBackupTier}" is not allowed: use Continuous7Days or Continuous30Days`,
  );
  if (args.customerManagedKey === undefined) {
    v.fail(
      "customerManagedKey",
      "is required: pass EncryptionKey.customerManagedKey or your own key and identity",
    );
  } else {
    validateCustomerManagedKey(v, "customerManagedKey", args.customerManagedKey);
    v.check(
      args.customerManagedKey.keyVersion === undefined,
      "customerManagedKey.keyVersion",
      "is not allowed: Cosmos DB takes a versionless key URI and follows the key's rotation",
    );
  }
  validatePublicAccess(v, args);
  validatePrivateEndpoint(v, "privateEndpoint", args.privateEndpoint, ["Sql"]);
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
}

/**
 * A private Azure Cosmos DB for NoSQL account, for agent threads and state: Entra-only data
 * access, metadata writes only through Azure Resource Manager, no public network access,
 * encrypted with a customer-managed key, continuous backup for point-in-time restore, zone
 * redundant, TLS 1.2, reachable through a private endpoint, with its logs in Azure Monitor.
 */
export class PrivateCosmosDb extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  /** Known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  /** `https://<name>.documents.azure.com:443/`, resolved privately. */
  public readonly endpoint: pulumi.Output<string>;
  public readonly privateEndpoints: PrivateEndpointOutput[];

  constructor(name: string, args: PrivateCosmosDbArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validatePrivateCosmosDbArgs(v, args);
    v.throwIfInvalid();
    const resolved = resolve(args);

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const accountName = resolved.accountName
      ? pulumi.output(resolved.accountName)
      : pulumi
          .all([subscriptionId, resolved.resourceGroupName])
          .apply(([sub, group]) => defaultName("cosmosDbAccount", name, [sub, group, name]));
    const cmk = resolved.customerManagedKey;
    const identity = renderIdentity(resolved.managedIdentities, cmk.userAssignedIdentityResourceId);

    const account = new cosmosdb.DatabaseAccount(
      `${name}-cosmos`,
      {
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        accountName,
        kind: "GlobalDocumentDB",
        databaseAccountOfferType: "Standard",
        locations: [resolved.location, ...resolved.failoverLocations].map((locationName, i) => ({
          locationName,
          failoverPriority: i,
          isZoneRedundant: resolved.zoneRedundant,
        })),
        enableAutomaticFailover: resolved.failoverLocations.length > 0,
        consistencyPolicy: { defaultConsistencyLevel: "Session" },
        disableLocalAuth: resolved.disableLocalAuth,
        disableKeyBasedMetadataWriteAccess: resolved.disableKeyBasedMetadataWriteAccess,
        publicNetworkAccess: resolved.publicNetworkAccess,
        ipRules:
          resolved.publicNetworkAccess === "Enabled"
            ? (resolved.allowedIpRanges ?? []).map((ipAddressOrRange) => ({ ipAddressOrRange }))
            : [],
        isVirtualNetworkFilterEnabled: false,
        networkAclBypass: "None",
        minimalTlsVersion: "Tls12",
        backupPolicy: {
          type: "Continuous",
          continuousModeProperties: { tier: resolved.continuousBackupTier },
        },
        keyVaultKeyUri: keyIdentifier(cmk),
        defaultIdentity: pulumi.interpolate`UserAssignedIdentity=${cmk.userAssignedIdentityResourceId}`,
        identity: {
          type: identity.type,
          userAssignedIdentities: identity.userAssignedIdentities,
        },
        tags,
      },
      statefulOptions(this, resolved.protect),
    );

    const resourceId = knownResourceId(
      account,
      subscriptionId,
      resolved.resourceGroupName,
      "Microsoft.DocumentDB/databaseAccounts",
      accountName,
    );
    this.privateEndpoints = createPrivateResourceExtras(
      name,
      "cosmos",
      {
        resourceId,
        resourceName: accountName,
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        tags,
      },
      ["Sql"],
      resolved,
      { parent: this },
    );

    this.name = accountName;
    this.resourceId = resourceId;
    this.endpoint = pulumi.interpolate`https://${accountName}.documents.azure.com:443/`;
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, endpoint: this.endpoint });
  }
}
