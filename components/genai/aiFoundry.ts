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
  resourceIdProblem,
  SharedResourceArgs,
  statefulOptions,
  validateDiagnosticSettings,
  validatePrivateEndpoint,
  validatePublicAccess,
  validateSharedArgs,
} from "../common";
import { createAccountDeployments } from "./accountDeployments";
import {
  aiServicesEncryption,
  validateAiServicesKey,
  validateOutboundAccess,
} from "./aiServicesAccount";
import { ContentFilterArgs, validateContentFilter } from "./contentFilter";
import {
  createFoundryProject,
  FoundryProjectArgs,
  FoundryProjectOutput,
  validateProjects,
} from "./foundryProject";
import { ModelDeploymentArgs, validateDeployments } from "./modelDeployment";
import { OpenAiAccount } from "./openAiAccount";

const TOKEN = "ailz:genai:AiFoundry";

export interface AiFoundryArgs extends SharedResourceArgs, PublicAccessArgs {
  /** Required. The resource group for the account, its projects and its private endpoint. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The account's name, also its globally unique custom subdomain: 2-64 letters, digits or
   * hyphens.
   * @default `aif-<name>-<hash of subscription, resource group and name>`, lowercase
   */
  accountName?: string;
  /**
   * Required. The key that encrypts stored data: a 2048-bit RSA key (Azure AI services accept no
   * other size), e.g. `EncryptionKey.customerManagedKey` of a key with `keySize: 2048`. Needs the
   * identity's client ID.
   */
  customerManagedKey: CustomerManagedKeyArgs;
  /**
   * The account's identities; the CMK identity is always attached.
   * @default { systemAssigned: true }
   */
  managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Opt-out of Entra-only access. API keys bypass Entra ID, RBAC and per-caller audit.
   * @default true
   */
  disableLocalAuth?: boolean;
  /**
   * Opt-out of outbound restriction (data loss prevention). With `true`, the account calls out
   * only to `allowedFqdnList`.
   * @default true
   */
  restrictOutboundNetworkAccess?: boolean;
  /** FQDNs the account may call. @default [] */
  allowedFqdnList?: string[];
  /**
   * The subnet the Agent Service is injected into (network injection), delegated to
   * `Microsoft.App/environments`, so agents reach private stores and tools from the VNet.
   * Conditional: required when a project has `agents`.
   * @default - no network injection
   */
  agentSubnetResourceId?: pulumi.Input<string>;
  /**
   * Required. The private endpoint (group `account`, zones privatelink.cognitiveservices.azure.com,
   * privatelink.openai.azure.com and privatelink.services.ai.azure.com).
   */
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
  /** Projects, each with its own identity and, optionally, the standard agent setup. @default [] */
  projects?: FoundryProjectArgs[];
  /** Protects the account (and its projects' data) from deletion by Pulumi. @default true */
  protect?: boolean;
}

type ResolvedAiFoundryArgs = AiFoundryArgs &
  Required<
    Pick<
      AiFoundryArgs,
      | "managedIdentities"
      | "disableLocalAuth"
      | "restrictOutboundNetworkAccess"
      | "publicNetworkAccess"
      | "deployments"
      | "projects"
      | "protect"
    >
  >;

function resolve(args: AiFoundryArgs): ResolvedAiFoundryArgs {
  return {
    ...args,
    managedIdentities: args.managedIdentities ?? { systemAssigned: true },
    disableLocalAuth: args.disableLocalAuth ?? true,
    restrictOutboundNetworkAccess: args.restrictOutboundNetworkAccess ?? true,
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    deployments: args.deployments ?? [],
    projects: args.projects ?? [],
    protect: args.protect ?? true,
  };
}

/**
 * Records every problem of `given` in `v`, at the argument paths of `AiFoundry` (a composite passes
 * a validator `within` its own path).
 */
export function validateAiFoundryArgs(v: InputValidator, given: AiFoundryArgs): void {
  const args = resolve(given);
  if (args.accountName !== undefined)
    v.report("accountName", nameProblem("aiFoundryAccount", args.accountName));
  validateAiServicesKey(v, "customerManagedKey", args.customerManagedKey);
  validatePublicAccess(v, args);
  validateOutboundAccess(v, args);
  if (args.agentSubnetResourceId !== undefined) {
    v.report(
      "agentSubnetResourceId",
      resourceIdProblem(args.agentSubnetResourceId, "Microsoft.Network/virtualNetworks/subnets"),
    );
  } else {
    const withAgents = args.projects.findIndex((p) => p.agents !== undefined);
    v.check(
      withAgents < 0,
      "agentSubnetResourceId",
      `is required: projects[${withAgents}] has agents, which reach their private stores from a subnet delegated to Microsoft.App/environments`,
    );
  }
  validateProjects(v, "projects", args.projects);
  validatePrivateEndpoint(v, "privateEndpoint", args.privateEndpoint, ["aiServices"]);
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateContentFilter(v, "contentFilter", args.contentFilter);
  validateDeployments(v, "deployments", args.deployments);
  validateSharedArgs(v, args);
}

/**
 * An Azure AI Foundry account (kind `AIServices` with project management): Entra-only, no
 * public network access and a deny-all network ACL, outbound calls restricted, data encrypted
 * with a customer-managed key, reachable through a private endpoint, with audit logs; model
 * deployments bound to a content filter that blocks harmful content in both directions; the
 * Agent Service injected into a delegated subnet; and projects with their own identities, each
 * optionally with the standard agent setup on the caller's private storage, AI Search and
 * Cosmos DB (narrow roles only, no keys).
 */
export class AiFoundry extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  /** Known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  /** `https://<subdomain>.services.ai.azure.com/`, resolved privately. */
  public readonly endpoint: pulumi.Output<string>;
  /** `https://<subdomain>.openai.azure.com/`, the OpenAI-compatible endpoint. */
  public readonly openAiEndpoint: pulumi.Output<string>;
  public readonly privateEndpoints: PrivateEndpointOutput[];
  /** Deployment name -> the content filter (RAI policy) name it is bound to. */
  public readonly contentFilterNames: Record<string, string>;
  /** Project name -> its ID, identity and endpoint. */
  public readonly projects: Record<string, FoundryProjectOutput>;

  constructor(name: string, args: AiFoundryArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateAiFoundryArgs(v, args);
    v.throwIfInvalid();
    const resolved = resolve(args);

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const accountName = resolved.accountName
      ? pulumi.output(resolved.accountName)
      : pulumi
          .all([subscriptionId, resolved.resourceGroupName])
          .apply(([sub, group]) =>
            defaultName("aiFoundryAccount", name, [sub, group, name]).toLowerCase(),
          );
    const subdomain = accountName.apply((n) => n.toLowerCase());
    const cmk = resolved.customerManagedKey;
    const identity = renderIdentity(resolved.managedIdentities, cmk.userAssignedIdentityResourceId);
    const publicAccess = resolved.publicNetworkAccess;

    const account = new OpenAiAccount(
      `${name}-account`,
      {
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        accountName,
        kind: "AIServices",
        sku: { name: "S0" },
        identity: {
          // Cognitive Services spells the combined type with a space.
          type:
            identity.type === "SystemAssigned,UserAssigned"
              ? "SystemAssigned, UserAssigned"
              : identity.type,
          userAssignedIdentities: identity.userAssignedIdentities,
        },
        properties: {
          customSubDomainName: subdomain,
          allowProjectManagement: true,
          disableLocalAuth: resolved.disableLocalAuth,
          publicNetworkAccess: publicAccess,
          networkAcls: {
            defaultAction: "Deny",
            bypass: "AzureServices",
            ipRules:
              publicAccess === "Enabled"
                ? (resolved.allowedIpRanges ?? []).map((value) => ({ value }))
                : [],
            virtualNetworkRules: [],
          },
          restrictOutboundNetworkAccess: resolved.restrictOutboundNetworkAccess,
          allowedFqdnList: resolved.allowedFqdnList ?? [],
          ...(resolved.agentSubnetResourceId === undefined
            ? {}
            : {
                networkInjections: [
                  {
                    scenario: "agent",
                    subnetArmId: resolved.agentSubnetResourceId,
                    useMicrosoftManagedNetwork: false,
                  },
                ],
              }),
          encryption: aiServicesEncryption(cmk),
        },
        tags,
      },
      statefulOptions(this, resolved.protect),
    );

    const resourceId = knownResourceId(
      account,
      subscriptionId,
      resolved.resourceGroupName,
      "Microsoft.CognitiveServices/accounts",
      accountName,
    );
    const childAccountName = afterResource(account, accountName);
    this.contentFilterNames = createAccountDeployments(
      name,
      {
        resourceGroupName: resolved.resourceGroupName,
        accountName: childAccountName,
        contentFilter: resolved.contentFilter,
        deployments: resolved.deployments,
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
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        tags,
      },
      ["aiServices"],
      resolved,
      { parent: this },
    );

    this.projects = {};
    for (const project of resolved.projects) {
      this.projects[project.name] = createFoundryProject(
        {
          componentName: name,
          resourceGroupName: resolved.resourceGroupName,
          location: resolved.location,
          subscriptionId,
          accountName: childAccountName,
          subdomain,
          tags,
        },
        project,
        this,
      );
    }

    this.name = accountName;
    this.resourceId = resourceId;
    this.endpoint = pulumi.interpolate`https://${subdomain}.services.ai.azure.com/`;
    this.openAiEndpoint = pulumi.interpolate`https://${subdomain}.openai.azure.com/`;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      endpoint: this.endpoint,
      openAiEndpoint: this.openAiEndpoint,
    });
  }
}
