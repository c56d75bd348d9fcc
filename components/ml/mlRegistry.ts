import * as pulumi from "@pulumi/pulumi";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import {
  azureContext,
  createDiagnosticSettings,
  createLock,
  createPrivateEndpoint,
  createRoleAssignments,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  SharedResourceArgs,
  shortHash,
  statefulOptions,
  validateDiagnosticSettings,
  validatePrivateEndpoint,
  validateSharedArgs,
} from "../common";
import { RegistryPrincipalArgs, registryRoleAssignments } from "./registryRoles";

const TOKEN = "ailz:ml:PrivateMlRegistry";

/** Storage types Azure offers for a registry's system-created storage account. */
export const registryStorageTypes = [
  "Standard_ZRS",
  "Standard_GZRS",
  "Standard_RAGZRS",
  "Premium_ZRS",
  "Standard_LRS",
  "Standard_GRS",
  "Standard_RAGRS",
  "Premium_LRS",
] as const;
export type RegistryStorageType = (typeof registryStorageTypes)[number];

const locationPattern = /^[a-z0-9]+$/;
const keyPattern = /^[A-Za-z0-9-]{1,40}$/;

export interface PrivateMlRegistryArgs extends SharedResourceArgs {
  /** Required. The resource group for the registry and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /**
   * Required. The registry's primary region, e.g. `westeurope`. Written out (not taken from the
   * resource group) because it is also the first entry of the registry's region list.
   */
  location: string;
  /**
   * More regions the registry replicates its assets to, so workspaces there read models and
   * environments locally and a regional outage does not take the zone's models with it. Each
   * gets its own system-created storage account and Premium container registry. Regions can be
   * added later, never removed.
   * @default [] (the primary region only)
   */
  replicaLocations?: string[];
  /**
   * The registry's name, unique in Azure: 3-33 letters, digits, hyphens or underscores, starting
   * with a letter or digit.
   * @default `mlr-<name>-<hash of subscription, resource group and name>`
   */
  registryName?: string;
  /**
   * The replication of the storage account Azure creates for the registry in each region.
   * Zone-redundant by default; an LRS/GRS type is an opt-out for regions without zones.
   * @default "Standard_ZRS"
   */
  storageAccountType?: RegistryStorageType;
  /**
   * Opt-out of private-only access. `"Enabled"` lets the registry, and the storage account and
   * container registry Azure creates for it, answer on public endpoints (the pack's
   * `ml-registry-public-network-access-disabled` reports it).
   * @default "Disabled"
   */
  publicNetworkAccess?: "Disabled" | "Enabled";
  /**
   * Identities that read and publish assets (typically the dev workspace and its training
   * compute): "AzureML Registry User" on the registry.
   * @default []
   */
  publishers?: RegistryPrincipalArgs[];
  /**
   * Identities that only read assets (typically the prod workspace and its endpoints): "Reader"
   * on the registry.
   * @default []
   */
  readers?: RegistryPrincipalArgs[];
  /**
   * Required. The private endpoint (group `amlregistry`, zones `privatelink.api.azureml.ms` and
   * `privatelink.notebooks.azure.net`); `LandingZoneNetwork.privateEndpoint` fits.
   */
  privateEndpoint: PrivateEndpointArgs;
  /**
   * Required. Where the registry's asset read and write events go (who read or wrote which
   * model version: the lineage log); `[]` opts out. Registries publish no platform metrics, so
   * metrics are off unless a setting names them.
   */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Protects the registry from deletion by Pulumi. @default true */
  protect?: boolean;
}

type ResolvedArgs = PrivateMlRegistryArgs &
  Required<
    Pick<
      PrivateMlRegistryArgs,
      | "replicaLocations"
      | "storageAccountType"
      | "publicNetworkAccess"
      | "publishers"
      | "readers"
      | "protect"
    >
  >;

function resolve(args: PrivateMlRegistryArgs): ResolvedArgs {
  return {
    ...args,
    replicaLocations: args.replicaLocations ?? [],
    storageAccountType: args.storageAccountType ?? "Standard_ZRS",
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    publishers: args.publishers ?? [],
    readers: args.readers ?? [],
    protect: args.protect ?? true,
  };
}

function validate(name: string, args: ResolvedArgs): void {
  const v = new InputValidator(TOKEN, name);
  if (args.registryName !== undefined)
    v.report("registryName", nameProblem("mlRegistry", args.registryName));
  v.check(
    typeof args.location === "string" && locationPattern.test(args.location),
    "location",
    `"${args.location}" is not a region name: use a lowercase Azure region such as westeurope`,
  );
  args.replicaLocations.forEach((region, i) =>
    v.check(
      locationPattern.test(region),
      `replicaLocations[${i}]`,
      `"${region}" is not a region name: use a lowercase Azure region such as northeurope`,
    ),
  );
  const regions = [args.location, ...args.replicaLocations];
  v.check(
    new Set(regions).size === regions.length,
    "replicaLocations",
    "repeats a region (the primary location is always included): list each other region once",
  );
  v.check(
    (registryStorageTypes as readonly string[]).includes(args.storageAccountType),
    "storageAccountType",
    `"${args.storageAccountType}" is not allowed: use one of ${registryStorageTypes.join(", ")}`,
  );
  v.check(
    ["Disabled", "Enabled"].includes(args.publicNetworkAccess),
    "publicNetworkAccess",
    `"${args.publicNetworkAccess}" is not allowed: use Disabled or Enabled`,
  );
  const keys = [...args.publishers, ...args.readers].map((p) => p.key);
  v.check(
    new Set(keys).size === keys.length,
    "readers",
    "repeats a key of publishers or readers: give every identity its own key, and list it once (publishers already read)",
  );
  for (const list of ["publishers", "readers"] as const) {
    args[list].forEach((p, i) =>
      v.check(
        typeof p.key === "string" && keyPattern.test(p.key),
        `${list}[${i}].key`,
        `"${p.key}" is not a key: use 1-40 letters, digits or hyphens, e.g. dev-workspace`,
      ),
    );
  }
  validatePrivateEndpoint(v, "privateEndpoint", args.privateEndpoint, ["amlregistry"]);
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
  v.throwIfInvalid();
}

/**
 * An Azure Machine Learning registry: one home for models, environments and components that
 * several workspaces share, so a model trained in a dev workspace is promoted to prod with its
 * lineage (job, data, environment) instead of being copied. Private by default (public access
 * off, reached through an `amlregistry` private endpoint), replicated to the zone's regions with
 * zone-redundant storage, its asset reads and writes logged, and with the narrow roles for the
 * workspaces that publish to and read from it.
 *
 * Encryption: the registries API (2025-12-01, the version azure-native 3 uses) has no encryption
 * or customer-managed-key property; Azure encrypts the registry's system-created storage and
 * container registry with Microsoft-managed keys, and no customer-managed key can be set.
 */
export class PrivateMlRegistry extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  /** The registry's ARM ID, composed from its name so it is known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  /** Every region the registry holds assets in, primary first. */
  public readonly locations: string[];
  public readonly privateEndpoints: PrivateEndpointOutput[];

  constructor(name: string, args: PrivateMlRegistryArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(args);
    validate(name, resolved);

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const registryName = resolved.registryName
      ? pulumi.output(resolved.registryName)
      : pulumi
          .all([subscriptionId, resolved.resourceGroupName])
          .apply(([sub, group]) => defaultRegistryName(name, [sub, group, name]));
    const locations = [resolved.location, ...resolved.replicaLocations];

    const registry = new machinelearningservices.Registry(
      `${name}-registry`,
      {
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        registryName,
        // Azure creates the per-region storage and container registry with this identity.
        identity: { type: "SystemAssigned" },
        publicNetworkAccess: resolved.publicNetworkAccess,
        // Literals only, so the whole list stays known during preview.
        regionDetails: locations.map((location) => ({
          location,
          storageAccountDetails: [
            {
              systemCreatedStorageAccount: {
                storageAccountType: resolved.storageAccountType,
                storageAccountHnsEnabled: false,
                allowBlobPublicAccess: false,
              },
            },
          ],
          // Premium: the only tier with private endpoints and the registry's network isolation.
          acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: "Premium" } }],
        })),
        tags,
      },
      statefulOptions(this, resolved.protect),
    );

    const resourceId = knownResourceId(
      registry,
      subscriptionId,
      resolved.resourceGroupName,
      "Microsoft.MachineLearningServices/registries",
      registryName,
    );
    const child = { parent: this };
    const target = {
      resourceId,
      resourceName: registryName,
      resourceGroupName: resolved.resourceGroupName,
      location: resolved.location,
      tags,
    };
    this.privateEndpoints = [
      createPrivateEndpoint(name, target, "amlregistry", resolved.privateEndpoint, child),
    ];
    createDiagnosticSettings(
      name,
      "registry",
      resourceId,
      resolved.diagnosticSettings,
      child,
      [{ categoryGroup: "allLogs" }],
      [],
    );
    createRoleAssignments(
      name,
      "registry",
      resourceId,
      [
        ...registryRoleAssignments(resolved.publishers, resolved.readers),
        ...(resolved.roleAssignments ?? []),
      ],
      child,
    );
    createLock(name, registryName, resourceId, resolved.lock, child);

    this.name = registryName;
    this.resourceId = resourceId;
    this.locations = locations;
    this.registerOutputs({ name: this.name, resourceId: this.resourceId });
  }
}

/** `mlr-<name>-<hash>`, within the registry's 33 characters. */
function defaultRegistryName(base: string, uniqueParts: readonly string[]): string {
  const clean = base
    .replace(/[^A-Za-z0-9-]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  const suffix = shortHash(uniqueParts, 8);
  const middle = clean.slice(0, 33 - "mlr-".length - suffix.length - 1).replace(/-+$/, "");
  return ["mlr", middle, suffix].filter((part) => part !== "").join("-");
}
