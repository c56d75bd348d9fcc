import * as pulumi from "@pulumi/pulumi";
import * as search from "@pulumi/azure-native/search";
import {
  afterResource,
  azureContext,
  createPrivateResourceExtras,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  ManagedIdentitiesArgs,
  mergeTags,
  nameProblem,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  PublicAccessArgs,
  renderIdentity,
  parseResourceId,
  plain,
  SharedResourceArgs,
  statefulOptions,
  validateDiagnosticSettings,
  validatePrivateEndpoint,
  validatePublicAccess,
  validateSharedArgs,
} from "../common";

const TOKEN = "ailz:genai:PrivateSearch";

/** A private connection from the search service to a resource it indexes or calls. */
export interface SharedPrivateLinkArgs {
  /** Required. A stable key for the link's name (letters, digits, hyphens). */
  name: string;
  /** Required. The ARM ID of the storage account, AI account, Cosmos DB account... to reach. */
  privateLinkResourceId: pulumi.Input<string>;
  /** Required. The target's private-link group: `blob`, `account`, `Sql`, `vault`... */
  groupId: string;
  /** The message the target's owner sees when approving the connection. @default "Azure AI Search" */
  requestMessage?: string;
}

/** The search SKUs that support private endpoints, shared private links and CMK enforcement. */
export type SearchSkuName =
  | "basic"
  | "standard"
  | "standard2"
  | "standard3"
  | "storage_optimized_l1"
  | "storage_optimized_l2";

export interface PrivateSearchArgs extends SharedResourceArgs, PublicAccessArgs {
  /** Required. The resource group for the service and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The service's globally unique name: 2-60 lowercase letters, digits or hyphens.
   * @default `srch-<name>-<hash of subscription, resource group and name>`
   */
  serviceName?: string;
  /** The pricing tier; `free` is not allowed (no private endpoint, no SLA). @default "standard" */
  skuName?: SearchSkuName;
  /**
   * Replicas (1-12). Azure's SLA covers queries from 2 replicas and queries and index updates
   * from 3; fewer is a reliability opt-out for non-production stacks.
   * @default 3
   */
  replicaCount?: number;
  /** Partitions: 1, 2, 3, 4, 6 or 12. @default 1 */
  partitionCount?: number;
  /**
   * Opt-out of Entra-only access. API keys bypass Entra ID, RBAC and per-caller audit.
   * @default true
   */
  disableLocalAuth?: boolean;
  /**
   * Opt-out of customer-managed key enforcement. With `true` the service refuses indexes and
   * synonym maps not encrypted with a customer-managed key (the key itself is set per index).
   * @default true
   */
  enforceCustomerManagedKey?: boolean;
  /**
   * The identities the service calls storage, the AI account and Key Vault with (indexers,
   * vectorizers, CMK). @default { systemAssigned: true }
   */
  managedIdentities?: ManagedIdentitiesArgs;
  /** Semantic ranker plan. @default "standard" */
  semanticSearch?: "disabled" | "free" | "standard";
  /** Private connections the service makes to what it indexes. @default [] */
  sharedPrivateLinks?: SharedPrivateLinkArgs[];
  /** Required. The private endpoint (group `searchService`, zone privatelink.search.windows.net). */
  privateEndpoint: PrivateEndpointArgs;
  /** Required. Where operation and query logs go; `[]` opts out. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Protects the service (and its indexes) from deletion by Pulumi. @default true */
  protect?: boolean;
}

type ResolvedPrivateSearchArgs = PrivateSearchArgs &
  Required<
    Pick<
      PrivateSearchArgs,
      | "skuName"
      | "replicaCount"
      | "partitionCount"
      | "disableLocalAuth"
      | "enforceCustomerManagedKey"
      | "managedIdentities"
      | "semanticSearch"
      | "sharedPrivateLinks"
      | "publicNetworkAccess"
      | "protect"
    >
  >;

function resolve(args: PrivateSearchArgs): ResolvedPrivateSearchArgs {
  return {
    ...args,
    skuName: args.skuName ?? "standard",
    replicaCount: args.replicaCount ?? 3,
    partitionCount: args.partitionCount ?? 1,
    disableLocalAuth: args.disableLocalAuth ?? true,
    enforceCustomerManagedKey: args.enforceCustomerManagedKey ?? true,
    managedIdentities: args.managedIdentities ?? { systemAssigned: true },
    semanticSearch: args.semanticSearch ?? "standard",
    sharedPrivateLinks: args.sharedPrivateLinks ?? [],
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    protect: args.protect ?? true,
  };
}

const SKUS: readonly string[] = [
  "basic",
  "standard",
  "standard2",
  "standard3",
  "storage_optimized_l1",
  "storage_optimized_l2",
];

/**
 * Records every problem of `given` in `v`, at the argument paths of `PrivateSearch` (a composite passes
 * a validator `within` its own path).
 */
export function validatePrivateSearchArgs(v: InputValidator, given: PrivateSearchArgs): void {
  const args = resolve(given);
  if (args.serviceName !== undefined)
    v.report("serviceName", nameProblem("searchService", args.serviceName));
  v.check(
    SKUS.includes(args.skuName),
    "skuName",
    `"${args.skuName}" is not allowed: use ${SKUS.join(", ")} (free has no private endpoint)`,
  );
  v.check(
    Number.isInteger(args.replicaCount) && args.replicaCount >= 1 && args.replicaCount <= 12,
    "replicaCount",
    `${args.replicaCount} is out of range: use a whole number from 1 to 12`,
  );
  v.check(
    [1, 2, 3, 4, 6, 12].includes(args.partitionCount),
    "partitionCount",
    `${args.partitionCount} is not allowed: use 1, 2, 3, 4, 6 or 12`,
  );
  v.check(
    ["disabled", "free", "standard"].includes(args.semanticSearch),
    "semanticSearch",
    `"${args.semanticSearch}" is not allowed: use disabled, free or standard`,
  );
  const seen = new Set<string>();
  args.sharedPrivateLinks.forEach((link, i) => {
    const at = `sharedPrivateLinks[${i}]`;
    v.check(
      /^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/.test(link.name) && !seen.has(link.name),
      `${at}.name`,
      seen.has(link.name)
        ? `"${link.name}" is used twice: give each link its own name`
        : `"${link.name}" is not allowed: use 1-80 letters, digits or hyphens`,
    );
    seen.add(link.name);
    const target = plain(link.privateLinkResourceId);
    v.check(
      target === undefined || parseResourceId(target) !== undefined,
      `${at}.privateLinkResourceId`,
      `"${target}" is not an ARM resource ID: use /subscriptions/<id>/resourceGroups/<group>/providers/<type>/<name>`,
    );
    v.check(
      /^[A-Za-z]+$/.test(link.groupId),
      `${at}.groupId`,
      `"${link.groupId}" is not a private-link group: use blob, account, Sql, vault...`,
    );
  });
  validatePublicAccess(v, args);
  validatePrivateEndpoint(v, "privateEndpoint", args.privateEndpoint, ["searchService"]);
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
}

/**
 * A private Azure AI Search service: Entra-only (no API keys), no public network access,
 * customer-managed keys enforced on every index, a managed identity for indexers and
 * vectorizers, three replicas for the read/write SLA, reachable through a private endpoint,
 * calling what it indexes over shared private links, with its logs in Azure Monitor.
 */
export class PrivateSearch extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  /** Known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  /** `https://<name>.search.windows.net`, resolved privately. */
  public readonly endpoint: pulumi.Output<string>;
  /** The system-assigned identity's principal ID, for role assignments on what it reads. */
  public readonly principalId: pulumi.Output<string | undefined>;
  public readonly privateEndpoints: PrivateEndpointOutput[];

  constructor(name: string, args: PrivateSearchArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validatePrivateSearchArgs(v, args);
    v.throwIfInvalid();
    const resolved = resolve(args);

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const serviceName = resolved.serviceName
      ? pulumi.output(resolved.serviceName)
      : pulumi
          .all([subscriptionId, resolved.resourceGroupName])
          .apply(([sub, group]) => defaultName("searchService", name, [sub, group, name]));
    const identity = renderIdentity(resolved.managedIdentities);

    const service = new search.Service(
      `${name}-search`,
      {
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        searchServiceName: serviceName,
        sku: { name: resolved.skuName },
        replicaCount: resolved.replicaCount,
        partitionCount: resolved.partitionCount,
        hostingMode: "Default",
        disableLocalAuth: resolved.disableLocalAuth,
        publicNetworkAccess: resolved.publicNetworkAccess,
        networkRuleSet: {
          bypass: "None",
          ipRules:
            resolved.publicNetworkAccess === "Enabled"
              ? (resolved.allowedIpRanges ?? []).map((value) => ({ value }))
              : [],
        },
        encryptionWithCmk: {
          enforcement: resolved.enforceCustomerManagedKey ? "Enabled" : "Unspecified",
        },
        identity: {
          // Search spells the combined type with a space.
          type:
            identity.type === "SystemAssigned,UserAssigned"
              ? "SystemAssigned, UserAssigned"
              : identity.type,
          userAssignedIdentities: identity.userAssignedIdentities,
        },
        semanticSearch: resolved.semanticSearch,
        tags,
      },
      statefulOptions(this, resolved.protect),
    );

    const resourceId = knownResourceId(
      service,
      subscriptionId,
      resolved.resourceGroupName,
      "Microsoft.Search/searchServices",
      serviceName,
    );
    const child = { parent: this };
    // Search processes one shared private link operation at a time.
    let previous: pulumi.Resource | undefined;
    for (const link of resolved.sharedPrivateLinks) {
      previous = new search.SharedPrivateLinkResource(
        `${name}-spl-${link.name}`,
        {
          resourceGroupName: resolved.resourceGroupName,
          searchServiceName: afterResource(service, serviceName),
          sharedPrivateLinkResourceName: link.name,
          properties: {
            privateLinkResourceId: link.privateLinkResourceId,
            groupId: link.groupId,
            requestMessage: link.requestMessage ?? "Azure AI Search",
          },
        },
        { parent: this, dependsOn: previous ? [previous] : [] },
      );
    }

    this.privateEndpoints = createPrivateResourceExtras(
      name,
      "search",
      {
        resourceId,
        resourceName: serviceName,
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        tags,
      },
      ["searchService"],
      resolved,
      child,
    );

    this.name = serviceName;
    this.resourceId = resourceId;
    this.endpoint = pulumi.interpolate`https://${serviceName}.search.windows.net`;
    this.principalId = service.identity.apply((i) => i?.principalId);
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      endpoint: this.endpoint,
      principalId: this.principalId,
    });
  }
}
