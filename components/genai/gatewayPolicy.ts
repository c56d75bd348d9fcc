/** What the AI gateway's API policy enforces. */
export interface GatewayPolicySettings {
  /** The backend (pool) the API forwards to. */
  backendId: string;
  /** Tokens per minute each subscription may use. */
  tokensPerMinute: number;
  /** The custom-metrics namespace token counts are emitted to. */
  metricNamespace: string;
}

/**
 * The API policy of an AI gateway: callers' keys are dropped and the gateway calls the backends
 * with its own managed identity; each subscription gets a token-per-minute limit; token usage is
 * emitted as a metric per subscription and API (chargeback); a throttled or failing backend is
 * retried on the next in the pool.
 */
export function renderGatewayPolicy(s: GatewayPolicySettings): string {
  return [
    "<policies>",
    "  <inbound>",
    "    <base />",
    '    <set-header name="api-key" exists-action="delete" />',
    '    <authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
    `    <set-backend-service backend-id="${s.backendId}" />`,
    `    <azure-openai-token-limit counter-key="@(context.Subscription.Id)" tokens-per-minute="${s.tokensPerMinute}" estimate-prompt-tokens="true" remaining-tokens-header-name="x-ratelimit-remaining-tokens" />`,
    `    <azure-openai-emit-token-metric namespace="${s.metricNamespace}">`,
    '      <dimension name="Subscription ID" value="@(context.Subscription.Id)" />',
    '      <dimension name="API ID" />',
    "    </azure-openai-emit-token-metric>",
    "  </inbound>",
    "  <backend>",
    '    <retry condition="@(context.Response.StatusCode == 429 || context.Response.StatusCode >= 500)" count="2" interval="1" first-fast-retry="true">',
    '      <forward-request buffer-request-body="true" />',
    "    </retry>",
    "  </backend>",
    "  <outbound>",
    "    <base />",
    "  </outbound>",
    "  <on-error>",
    "    <base />",
    "  </on-error>",
    "</policies>",
  ].join("\n");
}
