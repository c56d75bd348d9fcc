import * as pulumi from "@pulumi/pulumi";
import * as apimanagement from "@pulumi/azure-native/apimanagement";
import {
  afterResource,
  azureContext,
  createDiagnosticSettings,
  createLock,
  createRoleAssignments,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  resourceIdProblem,
  SharedResourceArgs,
  statefulOptions,
  validateDiagnosticSettings,
  validateSharedArgs,
} from "../common";
import { renderGatewayPolicy } from "./gatewayPolicy";

const TOKEN = "ailz:genai:AiGateway";

/** One AI endpoint behind the gateway. */
export interface AiGatewayBackendArgs {
  /** Required. The backend's ID in the gateway: 1-80 letters, digits or hyphens. */
  name: string;
  /** Required. The AI account's `Microsoft.CognitiveServices/accounts` ID; its identity gets "Cognitive Services OpenAI User" there. */
  accountResourceId: pulumi.Input<string>;
  /** Required. The OpenAI endpoint, e.g. `https://<subdomain>.openai.azure.com/openai`. */
  url: pulumi.Input<string>;
  /**
   * 1 is tried first: give provisioned throughput (PTU) deployments 1 and pay-as-you-go
   * spillover 2, so traffic moves on when the first is throttled.
   * @default 1
   */
  priority?: number;
  /** Share among backends of the same priority. @default 1 */
  weight?: number;
}

/** The API Management SKUs that can sit inside a virtual network (internal mode). */
export type AiGatewaySkuName = "Developer" | "Premium";

export interface AiGatewayArgs extends SharedResourceArgs {
  /** Required. The resource group for the gateway. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The gateway's globally unique name: 1-50 letters, digits or hyphens, starting with a letter.
   * @default `apim-<name>-<hash of subscription, resource group and name>`
   */
  serviceName?: string;
  /** Required. Who publishes the APIs (developer portal and notifications). */
  publisherEmail: string;
  /** Required. The publisher's display name. */
  publisherName: string;
  /** `Developer` has no SLA: use it for non-production stacks only. @default "Premium" */
  skuName?: AiGatewaySkuName;
  /** Scale units (Premium only, 1-12). @default 1 */
  capacity?: number;
  /**
   * Required. The subnet the gateway runs in (internal mode: reachable only from the network),
   * with an NSG that allows API Management's management traffic.
   */
  subnetResourceId: pulumi.Input<string>;
  /** Required. The AI endpoints behind the gateway, in one load-balanced pool. At least one. */
  backends: AiGatewayBackendArgs[];
  /** Tokens per minute each subscription may use. @default 10000 */
  tokensPerMinute?: number;
  /** The path the AI API is published at. @default "openai" */
  apiPath?: string;
  /**
   * Where token metrics go: an Application Insights component and its connection string.
   * Conditional: required; token usage per subscription is the gateway's chargeback record.
   */
  applicationInsights: { resourceId: pulumi.Input<string>; connectionString: pulumi.Input<string> };
  /** Required. Where gateway logs go; `[]` opts out. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Protects the gateway from deletion by Pulumi. @default true */
  protect?: boolean;
}

type ResolvedAiGatewayArgs = AiGatewayArgs &
  Required<Pick<AiGatewayArgs, "skuName" | "capacity" | "tokensPerMinute" | "apiPath" | "protect">>;

function resolve(args: AiGatewayArgs): ResolvedAiGatewayArgs {
  return {
    ...args,
    skuName: args.skuName ?? "Premium",
    capacity: args.capacity ?? 1,
    tokensPerMinute: args.tokensPerMinute ?? 10000,
    apiPath: args.apiPath ?? "openai",
    protect: args.protect ?? true,
  };
}

/**
 * Records every problem of `given` in `v`, at the argument paths of `AiGateway` (a composite passes
 * a validator `within` its own path).
 */
export function validateAiGatewayArgs(v: InputValidator, given: AiGatewayArgs): void {
  const args = resolve(given);
  if (args.serviceName !== undefined)
    v.report("serviceName", nameProblem("apiManagement", args.serviceName));
  v.check(
    /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(args.publisherEmail ?? ""),
    "publisherEmail",
    `"${args.publisherEmail}" is not an email address`,
  );
  v.check(
    typeof args.publisherName === "string" && args.publisherName.trim() !== "",
    "publisherName",
    "is required: the publisher's display name",
  );
  v.check(
    ["Developer", "Premium"].includes(args.skuName),
    "skuName",
    `"${args.skuName}" is not allowed: use Developer or Premium (the SKUs that run inside a virtual network)`,
  );
  v.check(
    Number.isInteger(args.capacity) &&
      args.capacity >= 1 &&
      args.capacity <= (args.skuName === "Premium" ? 12 : 1),
    "capacity",
    `${args.capacity} is out of range: use 1${args.skuName === "Premium" ? " to 12" : " (Developer has one unit)"}`,
  );
  v.report(
    "subnetResourceId",
    resourceIdProblem(args.subnetResourceId, "Microsoft.Network/virtualNetworks/subnets"),
  );
  v.check(
    Array.isArray(args.backends) && args.backends.length > 0,
    "backends",
    "is required: at least one AI endpoint",
  );
  const seen = new Set<string>();
  (args.backends ?? []).forEach((b, i) => {
    const at = `backends[${i}]`;
    v.check(
      /^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/.test(b.name) && !seen.has(b.name),
      `${at}.name`,
      seen.has(b.name)
        ? `"${b.name}" is used twice: give each backend its own name`
        : `"${b.name}" is not allowed: use 1-80 letters, digits or hyphens`,
    );
    seen.add(b.name);
    v.report(
      `${at}.accountResourceId`,
      resourceIdProblem(b.accountResourceId, "Microsoft.CognitiveServices/accounts"),
    );
    v.check(
      typeof b.url !== "string" || b.url.startsWith("https://"),
      `${at}.url`,
      `"${String(b.url)}" is not allowed: use the account's https:// endpoint`,
    );
    for (const key of ["priority", "weight"] as const) {
      const value = b[key];
      v.check(
        value === undefined || (Number.isInteger(value) && value >= 1 && value <= 100),
        `${at}.${key}`,
        `${value} is out of range: use a whole number from 1 to 100`,
      );
    }
  });
  v.check(
    Number.isInteger(args.tokensPerMinute) && args.tokensPerMinute > 0,
    "tokensPerMinute",
    `${args.tokensPerMinute} is not allowed: use a positive whole number`,
  );
  v.check(
    /^[A-Za-z0-9][A-Za-z0-9/_-]*$/.test(args.apiPath),
    "apiPath",
    `"${args.apiPath}" is not allowed: use letters, digits, hyphens, underscores or slashes`,
  );
  if (args.applicationInsights === undefined) {
    v.fail("applicationInsights", "is required: token metrics go to Application Insights");
  } else {
    v.report(
      "applicationInsights.resourceId",
      resourceIdProblem(args.applicationInsights.resourceId, "Microsoft.Insights/components"),
    );
  }
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
}

/**
 * An AI gateway on Azure API Management: inside the virtual network (internal mode), a managed
 * identity that calls the AI backends with only "Cognitive Services OpenAI User" (no keys stored
 * or passed through), one load-balanced pool over the backends (priority for provisioned
 * throughput, spillover to pay-as-you-go, a circuit breaker on throttling and errors), a token
 * limit per subscription, token metrics to Application Insights, and logs to Log Analytics.
 */
export class AiGateway extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  /** Known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  /** `https://<name>.azure-api.net/<apiPath>`, resolved inside the network. */
  public readonly endpoint: pulumi.Output<string>;
  /** The gateway's identity, which holds the data-plane role on each backend. */
  public readonly principalId: pulumi.Output<string>;

  constructor(name: string, args: AiGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateAiGatewayArgs(v, args);
    v.throwIfInvalid();
    const resolved = resolve(args);

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const serviceName = resolved.serviceName
      ? pulumi.output(resolved.serviceName)
      : pulumi
          .all([subscriptionId, resolved.resourceGroupName])
          .apply(([sub, group]) => defaultName("apiManagement", name, [sub, group, name]));

    const service = new apimanagement.ApiManagementService(
      `${name}-apim`,
      {
        resourceGroupName: resolved.resourceGroupName,
        location: resolved.location,
        serviceName,
        publisherEmail: resolved.publisherEmail,
        publisherName: resolved.publisherName,
        sku: { name: resolved.skuName, capacity: resolved.capacity },
        identity: { type: "SystemAssigned" },
        virtualNetworkType: "Internal",
        virtualNetworkConfiguration: { subnetResourceId: resolved.subnetResourceId },
        // Internal mode: the gateway has only a private address; Azure refuses "Disabled" here.
        publicNetworkAccess: "Enabled",
        customProperties: legacyProtocolsOff,
        developerPortalStatus: "Disabled",
        legacyPortalStatus: "Disabled",
        tags,
      },
      statefulOptions(this, resolved.protect),
    );

    const resourceId = knownResourceId(
      service,
      subscriptionId,
      resolved.resourceGroupName,
      "Microsoft.ApiManagement/service",
      serviceName,
    );
    const child = { parent: this };
    const svc = afterResource(service, serviceName);
    const principalId = service.identity.apply((i) => i?.principalId ?? "");

    const backendIds = resolved.backends.map((b) => {
      new apimanagement.Backend(
        `${name}-backend-${b.name}`,
        {
          resourceGroupName: resolved.resourceGroupName,
          serviceName: svc,
          backendId: b.name,
          url: b.url,
          protocol: "http",
          type: "Single",
          // Trip on throttling and server errors; honour Retry-After so the pool moves on.
          circuitBreaker: {
            rules: [
              {
                name: "throttled-or-failing",
                acceptRetryAfter: true,
                tripDuration: "PT1M",
                failureCondition: {
                  count: 3,
                  interval: "PT1M",
                  statusCodeRanges: [
                    { min: 429, max: 429 },
                    { min: 500, max: 599 },
                  ],
                },
              },
            ],
          },
        },
        child,
      );
      createRoleAssignments(
        `${name}-${b.name}`,
        "backend",
        b.accountResourceId,
        [
          {
            roleDefinitionIdOrName: "Cognitive Services OpenAI User",
            principalId,
            principalType: "ServicePrincipal",
            key: `gateway-${b.name}`,
          },
        ],
        child,
      );
      return pulumi.interpolate`${resourceId}/backends/${b.name}`;
    });

    const pool = new apimanagement.Backend(
      `${name}-pool`,
      {
        resourceGroupName: resolved.resourceGroupName,
        serviceName: svc,
        backendId: "ai-pool",
        type: "Pool",
        pool: {
          services: resolved.backends.map((b, i) => ({
            id: backendIds[i],
            priority: b.priority ?? 1,
            weight: b.weight ?? 1,
          })),
        },
      },
      child,
    );

    const logger = new apimanagement.Logger(
      `${name}-appinsights`,
      {
        resourceGroupName: resolved.resourceGroupName,
        serviceName: svc,
        loggerId: "appinsights",
        loggerType: "applicationInsights",
        resourceId: resolved.applicationInsights.resourceId,
        credentials: { connectionString: resolved.applicationInsights.connectionString },
      },
      child,
    );
    new apimanagement.Diagnostic(
      `${name}-appinsights-diag`,
      {
        resourceGroupName: resolved.resourceGroupName,
        serviceName: svc,
        diagnosticId: "applicationinsights",
        loggerId: pulumi.interpolate`${resourceId}/loggers/appinsights`,
        metrics: true,
        alwaysLog: "allErrors",
        logClientIp: false,
        verbosity: "information",
        sampling: { samplingType: "fixed", percentage: 100 },
      },
      { parent: this, dependsOn: [logger] },
    );

    const api = new apimanagement.Api(
      `${name}-api`,
      {
        resourceGroupName: resolved.resourceGroupName,
        serviceName: svc,
        apiId: "ai",
        displayName: "AI",
        path: resolved.apiPath,
        protocols: ["https"],
        subscriptionRequired: true,
        subscriptionKeyParameterNames: { header: "api-key", query: "api-key" },
      },
      child,
    );
    new apimanagement.ApiPolicy(
      `${name}-api-policy`,
      {
        resourceGroupName: resolved.resourceGroupName,
        serviceName: svc,
        apiId: afterResource(api, "ai"),
        policyId: "policy",
        format: "rawxml",
        value: renderGatewayPolicy({
          backendId: "ai-pool",
          tokensPerMinute: resolved.tokensPerMinute,
          metricNamespace: "ai-gateway",
        }),
      },
      { parent: this, dependsOn: [pool] },
    );

    createDiagnosticSettings(name, "apim", resourceId, resolved.diagnosticSettings, child);
    createRoleAssignments(name, "apim", resourceId, resolved.roleAssignments ?? [], child);
    createLock(name, serviceName, resourceId, resolved.lock, child);

    this.name = serviceName;
    this.resourceId = resourceId;
    this.endpoint = pulumi.interpolate`https://${serviceName}.azure-api.net/${resolved.apiPath}`;
    this.principalId = principalId;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      endpoint: this.endpoint,
      principalId: this.principalId,
    });
  }
}

/** TLS 1.0, TLS 1.1 and SSL 3.0 off towards clients and backends, and the weak 3DES cipher. */
export const legacyProtocolsOff: Record<string, string> = {
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "False",
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11": "False",
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Ssl30": "False",
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls10": "False",
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls11": "False",
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Ssl30": "False",
  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Ciphers.TripleDes168": "False",
};
