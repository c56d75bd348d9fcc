import * as pulumi from "@pulumi/pulumi";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import {
  afterResource,
  azureContext,
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
  validateDiagnosticSettings,
  validatePrivateEndpoint,
  validatePublicAccess,
  validateSharedArgs,
  fqdnPattern,
} from "../common";
import { ContentFilterArgs, renderContentFilters, validateContentFilter } from "./contentFilter";
import { deploymentFilterName, ModelDeploymentArgs, validateDeployments } from "./modelDeployment";
import { OpenAiAccount } from "./openAiAccount";

export interface PrivateOpenAiArgs extends SharedResourceArgs, PublicAccessArgs {
  /** Required. The resource group for the account and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The account's name, also its globally unique custom subdomain: 2-64 letters, digits or
   * hyphens.
   * @default `oai-<name>-<hash of subscription, resource group and name>`, lowercase
   */
  accountName?: string;
  /** `OpenAI` for Azure OpenAI only; `AIServices` for the multi-service (Foundry) account. @default "OpenAI" */
  kind?: "OpenAI" | "AIServices";
  /**
   * Required. The key that encrypts stored data: a 2048-bit RSA key (Azure AI services accept no
   * other size), e.g. `EncryptionKey.customerManagedKey` of a key with `keySize: 2048`. Needs the
   * identity's client ID.
   */
  customerManagedKey: CustomerManagedKeyArgs;
  /** More identities; the CMK identity is always attached. @default - the CMK identity only */
  managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Opt-out of Entra-only access. API keys bypass Entra ID, RBAC and per-caller audit; turn them
   * on only for a client that cannot use Entra ID.
   * @default true
   */
  disableLocalAuth?: boolean;
  /**
   * Opt-out of outbound restriction (data loss prevention). With `true`, the account calls out
   * only to `allowedFqdnList`.
   * @default true
   */
  restrictOutboundNetworkAccess?: boolean;
  /** FQDNs the account may call (for example a search service for "on your data"). @default [] */
  allowedFqdnList?: string[];
  /** Required. The private endpoint (group `account`, zone privatelink.openai.azure.com). */
  privateEndpoint: PrivateEndpointArgs;
  /** Required. Where audit, request and usage logs go; `[]` opts out. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /**
   * The content filter every deployment uses unless it brings its own; blocks hate, sexual,
   * violence and self-harm content at medium severity on prompts and completions, jailbreaks,
   * indirect attacks and protected material.
   * @default {} (every filter on and blocking)
   */
  contentFilter?: ContentFilterArgs;
  /** Model deployments, each bound to a content filter. @default [] */
  deployments?: ModelDeploymentArgs[];
  /** Protects the account (and its fine-tuning data) from deletion by Pulumi. @default true */
  protect?: boolean;
}

/** The name of the account-wide content filter policy. */
export const defaultContentFilterName = "cf-default";

/**
 * A private Azure OpenAI (or AI Services) account: Entra-only, no public network access and a
 * deny-all network ACL, outbound calls restricted, data encrypted with a customer-managed key,
 * reachable through a private endpoint, with audit logs; and model deployments, each bound to a
 * content filter that blocks harmful content in both directions.
 */
export class PrivateOpenAi extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  /** Known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  /** The OpenAI endpoint, `https://<subdomain>.openai.azure.com/`, resolved privately. */
  public readonly endpoint: pulumi.Output<string>;
  public readonly privateEndpoints: PrivateEndpointOutput[];
  /** Deployment name -> the content filter (RAI policy) name it is bound to. */
  public readonly contentFilterNames: Record<string, string>;

  constructor(name: string, args: PrivateOpenAiArgs, opts?: pulumi.ComponentResourceOptions) {
    super("ailz:genai:PrivateOpenAi", name, {}, opts);
    validate(name, args);

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const accountName = args.accountName
      ? pulumi.output(args.accountName)
      : pulumi
          .all([subscriptionId, args.resourceGroupName])
          .apply(([sub, group]) =>
            defaultName("cognitiveServicesAccount", name, [sub, group, name]).toLowerCase(),
          );
    const subdomain = accountName.apply((n) => n.toLowerCase());
    const cmk = args.customerManagedKey;
    const publicAccess = args.publicNetworkAccess ?? "Disabled";
    const identity = renderIdentity(args.managedIdentities, cmk.userAssignedIdentityResourceId);

    const account = new OpenAiAccount(
      `${name}-account`,
      {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        accountName,
        kind: args.kind ?? "OpenAI",
        sku: { name: "S0" },
        identity: {
          // Cognitive Services spells the combined type with a space.
          type:
            identity.type === "SystemAssigned,UserAssigned"
              ? "SystemAssigned, UserAssigned"
              : identity.type,
          userAssignedIdentities: identity.userAssignedIdentities,
        },
        // Registered value by value (see OpenAiAccount): a brand-new identity's client ID is
        // unknown at a first preview, every other value here is known. The vault URI comes
        // from the vault's ID.
        properties: {
          customSubDomainName: subdomain,
          disableLocalAuth: args.disableLocalAuth ?? true,
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
          restrictOutboundNetworkAccess: args.restrictOutboundNetworkAccess ?? true,
          allowedFqdnList: args.allowedFqdnList ?? [],
          encryption: {
            keySource: "Microsoft.KeyVault",
            keyVaultProperties: {
              keyVaultUri: keyVaultUri(cmk.keyVaultResourceId),
              keyName: cmk.keyName,
              keyVersion: cmk.keyVersion,
              identityClientId: cmk.userAssignedIdentityClientId,
            },
          },
        },
        tags,
      },
      statefulOptions(this, args.protect),
    );

    const resourceId = knownResourceId(
      account,
      subscriptionId,
      args.resourceGroupName,
      "Microsoft.CognitiveServices/accounts",
      accountName,
    );
    const childAccountName = afterResource(account, accountName);
    const child = { parent: this };

    // One filter for the account, plus one per deployment that brings its own.
    const filters = new Map<string, cognitiveservices.RaiPolicy>();
    const createFilter = (policyName: string, filter: ContentFilterArgs | undefined) => {
      const policy = new cognitiveservices.RaiPolicy(
        `${name}-${policyName}`,
        {
          resourceGroupName: args.resourceGroupName,
          accountName: childAccountName,
          raiPolicyName: policyName,
          properties: {
            basePolicyName: "Microsoft.DefaultV2",
            mode: filter?.mode ?? "Default",
            contentFilters: renderContentFilters(filter),
          },
          tags,
        },
        child,
      );
      filters.set(policyName, policy);
      return policy;
    };
    const deployments = args.deployments ?? [];
    if (deployments.some((d) => d.contentFilter === undefined)) {
      createFilter(defaultContentFilterName, args.contentFilter);
    }

    // Azure rejects concurrent deployment operations on one account, so each waits for the last.
    let previous: pulumi.Resource | undefined;
    this.contentFilterNames = {};
    for (const d of deployments) {
      const policyName = d.contentFilter ? deploymentFilterName(d.name) : defaultContentFilterName;
      const policy = filters.get(policyName) ?? createFilter(policyName, d.contentFilter);
      previous = new cognitiveservices.Deployment(
        `${name}-deployment-${d.name}`,
        {
          resourceGroupName: args.resourceGroupName,
          accountName: childAccountName,
          deploymentName: d.name,
          sku: { name: d.skuName ?? "DataZoneStandard", capacity: d.capacity },
          properties: {
            model: {
              format: d.modelFormat ?? "OpenAI",
              name: d.modelName,
              version: d.modelVersion,
            },
            raiPolicyName: afterResource(policy, policyName),
            versionUpgradeOption: d.versionUpgradeOption ?? "OnceCurrentVersionExpired",
          },
          tags,
        },
        { parent: this, dependsOn: previous ? [previous] : [] },
      );
      this.contentFilterNames[d.name] = policyName;
    }

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
      ["account"],
      args,
      child,
    );

    this.name = accountName;
    this.resourceId = resourceId;
    this.endpoint = pulumi.interpolate`https://${subdomain}.openai.azure.com/`;
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, endpoint: this.endpoint });
  }
}

function validate(name: string, args: PrivateOpenAiArgs): void {
  const v = new InputValidator("ailz:genai:PrivateOpenAi", name);
  if (args.accountName !== undefined)
    v.report("accountName", nameProblem("cognitiveServicesAccount", args.accountName));
  v.check(
    args.kind === undefined || ["OpenAI", "AIServices"].includes(args.kind),
    "kind",
    `"${args.kind}" is not allowed: use OpenAI or AIServices`,
  );
  if (args.customerManagedKey === undefined) {
    v.fail(
      "customerManagedKey",
      "is required: pass EncryptionKey.customerManagedKey or your own key and identity",
    );
  } else {
    validateCustomerManagedKey(v, "customerManagedKey", args.customerManagedKey);
    v.check(
      args.customerManagedKey.userAssignedIdentityClientId !== undefined,
      "customerManagedKey.userAssignedIdentityClientId",
      "is required: Azure AI services find the key's identity by its client ID",
    );
    const keySize = args.customerManagedKey.keySize;
    v.check(
      keySize === undefined || keySize === 2048,
      "customerManagedKey.keySize",
      `is ${keySize}: Azure AI services accept only 2048-bit RSA keys (an EncryptionKey with keySize: 2048)`,
    );
  }
  validatePublicAccess(v, args);
  v.check(
    args.allowedFqdnList === undefined || args.restrictOutboundNetworkAccess !== false,
    "allowedFqdnList",
    "applies only while restrictOutboundNetworkAccess is true; without the restriction every destination is allowed",
  );
  (args.allowedFqdnList ?? []).forEach((fqdn, i) =>
    v.check(
      fqdnPattern.test(fqdn),
      `allowedFqdnList[${i}]`,
      `"${fqdn}" is not a fully qualified domain name`,
    ),
  );
  validatePrivateEndpoint(v, "privateEndpoint", args.privateEndpoint, ["account"]);
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateContentFilter(v, "contentFilter", args.contentFilter);
  validateDeployments(v, "deployments", args.deployments);
  validateSharedArgs(v, args);
  v.throwIfInvalid();
}
