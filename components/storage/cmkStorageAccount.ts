import * as pulumi from "@pulumi/pulumi";
import * as security from "@pulumi/azure-native/security";
import * as storage from "@pulumi/azure-native/storage";
import {
  afterResource,
  azureContext,
  createDiagnosticSettings,
  createPrivateResourceExtras,
  CustomerManagedKeyArgs,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  keyVaultUri,
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
  validatePrivateResourceExtras,
  validatePublicAccess,
} from "../common";
import { createStorageLifecycle, StorageLifecycleArgs, validateLifecycle } from "./lifecycle";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:storage:CmkStorageAccount";

/** Zone-redundant SKUs: the default choices, since data outlives any single zone. */
export const zoneRedundantSkus = [
  "Standard_ZRS",
  "Standard_GZRS",
  "Standard_RAGZRS",
  "Premium_ZRS",
] as const;
const otherSkus = ["Standard_LRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS"] as const;
export type StorageSkuName = (typeof zoneRedundantSkus)[number] | (typeof otherSkus)[number];

export type StorageEndpointService = "blob" | "file" | "queue" | "table" | "dfs";

export interface CmkStorageAccountArgs extends SharedResourceArgs, PublicAccessArgs {
  /** Required. The resource group for the account and its private endpoints. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The account's globally unique name: 3-24 lowercase letters or digits.
   * @default `st<name><hash of subscription, resource group and name>`
   */
  accountName?: string;
  /** @default "Standard_ZRS" */
  skuName?: StorageSkuName;
  /** Required. The key that encrypts the account; `EncryptionKey.customerManagedKey` fits. */
  customerManagedKey: CustomerManagedKeyArgs;
  /**
   * Double encryption at the infrastructure layer. It can only be chosen at creation.
   * @default true
   */
  requireInfrastructureEncryption?: boolean;
  /** More identities; the CMK identity is always attached. @default - the CMK identity only */
  managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Opt-out of Entra-only data access. Shared keys and SAS tokens bypass Entra ID and RBAC;
   * turn them on only for a tool that cannot use Entra ID.
   * @default false
   */
  allowSharedKeyAccess?: boolean;
  /** Required. Private endpoints; `LandingZoneNetwork.privateEndpoint` fits. */
  privateEndpoint: PrivateEndpointArgs;
  /** One endpoint per service. @default ["blob", "file"] */
  privateEndpointServices?: StorageEndpointService[];
  /** Days deleted blobs, versions, containers and file shares stay recoverable (1-365). @default 30 */
  softDeleteRetentionInDays?: number;
  /**
   * Required. Where logs and metrics go; `[]` opts out. Account-level settings carry metrics;
   * blob, file, queue and table service settings carry allLogs + AllMetrics, so any access to a
   * service is logged, including to queues and tables nothing is meant to use.
   */
  diagnosticSettings: DiagnosticSettingArgs[];
  /**
   * Microsoft Defender for Storage on the account: alerts on suspicious access, malware scanning
   * of uploaded blobs and sensitive data discovery. It is billed per account and month, plus per
   * GB scanned for malware (bounded by `malwareScanningCapGbPerMonth`). The account's setting
   * overrides a subscription-level plan. `false` opts out, e.g. where a subscription-level plan
   * is meant to govern the account; the pack's `storage-defender-enabled` reports it.
   * @default true
   */
  enableDefender?: boolean;
  /**
   * The most GB of uploads Defender scans for malware per month, which bounds that part of the
   * bill (uploads past it are not scanned until the next month). Only with Defender on.
   * @default 5000
   */
  malwareScanningCapGbPerMonth?: number;
  /**
   * How long data stays: old blob versions move to cool after 30 days and are deleted after 365,
   * `dataRules` age out data under given prefixes (collected inference data), and
   * `immutableContainers` hold audit data write-once. `{ enabled: false }` opts out: versions pile up
   * forever (the pack's `storage-blob-versions-lifecycle` reports it).
   * @default {} (the version rule with its defaults)
   */
  lifecycle?: StorageLifecycleArgs;
  /** Protects the account from deletion by Pulumi. @default true */
  protect?: boolean;
}

/**
 * A StorageV2 account encrypted with a customer-managed key (plus infrastructure encryption),
 * reachable only privately and only with Entra ID: no shared keys, no anonymous blobs, HTTPS and
 * TLS 1.2 only, zone-redundant, with soft delete and versioning for blobs and containers, soft
 * delete for file shares, access logs of every service and Defender for Storage.
 */
export class CmkStorageAccount extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  public readonly resourceId: pulumi.Output<string>;
  public readonly primaryBlobEndpoint: pulumi.Output<string>;
  public readonly privateEndpoints: PrivateEndpointOutput[];

  constructor(name: string, args: CmkStorageAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateCmkStorageAccountArgs(v, args);
    v.throwIfInvalid();

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const accountName = args.accountName
      ? pulumi.output(args.accountName)
      : pulumi
          .all([subscriptionId, args.resourceGroupName])
          .apply(([sub, group]) => defaultName("storageAccount", name, [sub, group, name]));
    const cmk = args.customerManagedKey;
    const publicAccess = args.publicNetworkAccess ?? "Disabled";
    const retention = args.softDeleteRetentionInDays ?? 30;

    const account = new storage.StorageAccount(
      `${name}-account`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        accountName,
        kind: "StorageV2",
        sku: { name: args.skuName ?? "Standard_ZRS" },
        accessTier: "Hot",
        identity: renderIdentity(args.managedIdentities, cmk.userAssignedIdentityResourceId),
        // Every value below is known before deployment (the vault URI comes from the vault's ID),
        // so azure-native's single Output around `encryption` stays known during preview.
        encryption: {
          keySource: "Microsoft.Keyvault",
          keyVaultProperties: {
            keyName: cmk.keyName,
            keyVaultUri: keyVaultUri(cmk.keyVaultResourceId),
            keyVersion: cmk.keyVersion,
          },
          encryptionIdentity: {
            encryptionUserAssignedIdentity: cmk.userAssignedIdentityResourceId,
          },
          requireInfrastructureEncryption: args.requireInfrastructureEncryption ?? true,
          // Queue and table keys must be account-scoped at creation for the CMK to cover them.
          services: {
            blob: { enabled: true, keyType: "Account" },
            file: { enabled: true, keyType: "Account" },
            queue: { enabled: true, keyType: "Account" },
            table: { enabled: true, keyType: "Account" },
          },
        },
        allowSharedKeyAccess: args.allowSharedKeyAccess ?? false,
        defaultToOAuthAuthentication: true,
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: false,
        allowCrossTenantReplication: false,
        isLocalUserEnabled: false,
        isSftpEnabled: false,
        publicNetworkAccess: publicAccess,
        networkRuleSet: {
          defaultAction: "Deny",
          bypass: "AzureServices",
          ipRules:
            publicAccess === "Enabled"
              ? (args.allowedIpRanges ?? []).map((range) => ({
                  iPAddressOrRange: range,
                  action: "Allow" as const,
                }))
              : [],
          virtualNetworkRules: [],
        },
        tags,
      },
      statefulOptions(this, args.protect),
    );

    const resourceId = knownResourceId(
      account,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.Storage/storageAccounts",
      accountName,
    );
    const child = { parent: this };
    const blobService = new storage.BlobServiceProperties(
      `${name}-blob`,
      {
        resourceGroupName: args.resourceGroupName,
        accountName,
        blobServicesName: "default",
        deleteRetentionPolicy: { enabled: true, days: retention },
        containerDeleteRetentionPolicy: { enabled: true, days: retention },
        isVersioningEnabled: true,
      },
      { parent: this, dependsOn: [account] },
    );
    if (args.lifecycle?.enabled !== false) {
      createStorageLifecycle(
        name,
        { resourceGroupName: args.resourceGroupName, accountName },
        args.lifecycle ?? {},
        {
          parent: this,
          dependsOn: [blobService],
        },
      );
    }
    const fileService = new storage.FileServiceProperties(
      `${name}-file`,
      {
        resourceGroupName: args.resourceGroupName,
        accountName,
        fileServicesName: "default",
        shareDeleteRetentionPolicy: { enabled: true, days: retention },
      },
      { parent: this, dependsOn: [account] },
    );

    // Accounts emit metrics only; their services emit the logs.
    this.privateEndpoints = createPrivateResourceExtras(
      name,
      "account",
      {
        resourceId,
        resourceName: accountName,
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        tags,
      },
      args.privateEndpointServices ?? ["blob", "file"],
      args,
      child,
      [],
    );
    createDiagnosticSettings(
      name,
      "blob",
      afterResource(blobService, pulumi.interpolate`${resourceId}/blobServices/default`),
      args.diagnosticSettings,
      child,
    );
    createDiagnosticSettings(
      name,
      "file",
      afterResource(fileService, pulumi.interpolate`${resourceId}/fileServices/default`),
      args.diagnosticSettings,
      child,
    );
    // Queues and tables exist on every StorageV2 account whether used or not; logging them
    // makes any access visible.
    for (const service of ["queue", "table"]) {
      createDiagnosticSettings(
        name,
        service,
        pulumi.interpolate`${resourceId}/${service}Services/default`,
        args.diagnosticSettings,
        child,
      );
    }
    if (args.enableDefender !== false) {
      new security.DefenderForStorage(
        `${name}-defender`,
        {
          resourceId,
          // The only name Azure accepts for an account's setting.
          settingName: "current",
          properties: {
            isEnabled: true,
            // What this program declares is what runs, whatever the subscription's plan says.
            overrideSubscriptionLevelSettings: true,
            malwareScanning: {
              onUpload: {
                isEnabled: true,
                capGBPerMonth: args.malwareScanningCapGbPerMonth ?? 5000,
              },
            },
            sensitiveDataDiscovery: { isEnabled: true },
          },
        },
        child,
      );
    }

    this.name = accountName;
    this.resourceId = resourceId;
    this.primaryBlobEndpoint = pulumi.interpolate`https://${accountName}.blob.core.windows.net/`;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      primaryBlobEndpoint: this.primaryBlobEndpoint,
    });
  }
}

/**
 * Records every problem of `args` in `v`, at the argument paths of `CmkStorageAccount` (a composite passes
 * a validator `within` its own path).
 */
export function validateCmkStorageAccountArgs(
  v: InputValidator,
  args: CmkStorageAccountArgs,
): void {
  if (args.accountName !== undefined)
    v.report("accountName", nameProblem("storageAccount", args.accountName));
  const skus: readonly string[] = [...zoneRedundantSkus, ...otherSkus];
  v.check(
    args.skuName === undefined || skus.includes(args.skuName),
    "skuName",
    `"${args.skuName}" is not a storage SKU: use one of ${skus.join(", ")}`,
  );
  if (args.customerManagedKey === undefined) {
    v.fail(
      "customerManagedKey",
      "is required: pass EncryptionKey.customerManagedKey or your own key and identity",
    );
  }
  validateCustomerManagedKey(v, "customerManagedKey", args.customerManagedKey);
  validatePublicAccess(v, args);
  v.wholeNumber("softDeleteRetentionInDays", args.softDeleteRetentionInDays, {
    min: 1,
    max: 365,
    unit: "days",
  });
  const cap = args.malwareScanningCapGbPerMonth;
  v.wholeNumber(
    "malwareScanningCapGbPerMonth",
    cap,
    { min: 1 },
    `${cap} is not allowed: use a whole number of GB above 0 (a cap bounds the scanning bill)`,
  );
  v.check(
    cap === undefined || args.enableDefender !== false,
    "malwareScanningCapGbPerMonth",
    "is set while enableDefender is false: turn Defender on or drop the cap",
  );
  const services = args.privateEndpointServices ?? ["blob", "file"];
  services.forEach((service, i) =>
    v.check(
      ["blob", "file", "queue", "table", "dfs"].includes(service),
      `privateEndpointServices[${i}]`,
      `"${service}" is not a storage service: use blob, file, queue, table or dfs`,
    ),
  );
  v.check(
    new Set(services).size === services.length,
    "privateEndpointServices",
    "lists a service twice",
  );
  validatePrivateResourceExtras(
    v,
    args,
    services.filter((s) => ["blob", "file", "queue", "table", "dfs"].includes(s)),
  );
  if (args.lifecycle?.enabled !== false) validateLifecycle(v, "lifecycle", args.lifecycle);
}
