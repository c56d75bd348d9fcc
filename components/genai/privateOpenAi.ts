import * as pulumi from "@pulumi/pulumi";
import {
  afterResource,
  azureContext,
  createPrivateResourceExtras,
  CustomerManagedKeyArgs,
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
  SharedResourceArgs,
  statefulOptions,
  validatePrivateResourceExtras,
  validatePublicAccess,
} from "../common";
import { createAccountDeployments } from "./accountDeployments";
import {
  aiServicesEncryption,
  validateAiServicesKey,
  validateOutboundAccess,
} from "./aiServicesAccount";
import { ContentFilterArgs, validateContentFilter } from "./contentFilter";
import { ModelDeploymentArgs, validateDeployments } from "./modelDeployment";
import { OpenAiAccount } from "./openAiAccount";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:genai:PrivateOpenAi";

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
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validatePrivateOpenAiArgs(v, args);
    v.throwIfInvalid();

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
          encryption: aiServicesEncryption(cmk),
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
    const child = { parent: this };
    this.contentFilterNames = createAccountDeployments(
      name,
      {
        resourceGroupName: args.resourceGroupName,
        accountName: afterResource(account, accountName),
        contentFilter: args.contentFilter,
        deployments: args.deployments ?? [],
        tags,
      },
      this,
    );

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

/**
 * Records every problem of `args` in `v`, at the argument paths of `PrivateOpenAi` (a composite passes
 * a validator `within` its own path).
 */
export function validatePrivateOpenAiArgs(v: InputValidator, args: PrivateOpenAiArgs): void {
  if (args.accountName !== undefined)
    v.report("accountName", nameProblem("cognitiveServicesAccount", args.accountName));
  v.check(
    args.kind === undefined || ["OpenAI", "AIServices"].includes(args.kind),
    "kind",
    `"${args.kind}" is not allowed: use OpenAI or AIServices`,
  );
  validateAiServicesKey(v, "customerManagedKey", args.customerManagedKey);
  validatePublicAccess(v, args);
  validateOutboundAccess(v, args);
  validateContentFilter(v, "contentFilter", args.contentFilter);
  validateDeployments(v, "deployments", args.deployments);
  validatePrivateResourceExtras(v, args, ["account"]);
}
