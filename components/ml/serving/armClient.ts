/*
 * A minimal Azure Resource Manager client on the Azure SDK's HTTP pipeline, for the traffic
 * provider. Self-contained on purpose: Pulumi serializes dynamic providers together with the
 * modules they use, so this file imports only Node built-ins and Azure SDK packages.
 */
import {
  bearerTokenAuthenticationPolicy,
  BearerTokenAuthenticationPolicyOptions,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  HttpClient,
  Pipeline,
} from "@azure/core-rest-pipeline";

/** A Microsoft Entra token source, as the Azure SDK defines it (`@azure/identity` credentials fit). */
export type TokenCredential = NonNullable<BearerTokenAuthenticationPolicyOptions["credential"]>;

/** Public Azure's Resource Manager endpoint. */
export const defaultArmEndpoint = "https://management.azure.com";

/** Where and how to reach Azure Resource Manager. */
export interface ArmConnection {
  /** The Resource Manager endpoint. @default "https://management.azure.com" */
  armEndpoint?: string;
  /**
   * The token source. @default - `DefaultAzureCredential`, or a client-secret credential when
   * only `ARM_CLIENT_ID`, `ARM_CLIENT_SECRET` and `ARM_TENANT_ID` are set (as for azure-native)
   */
  credential?: TokenCredential;
  /** Extra trusted CA certificates (PEM), for private clouds behind their own CA. @default - none */
  trustedCaCertificates?: string;
}

/** One ARM response: its status, headers (lowercase names) and parsed JSON body. */
export interface ArmResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/** Sends ARM requests through the Azure SDK pipeline with bearer-token authentication. */
export interface ArmClient {
  send(method: "GET" | "PUT", url: string, body?: unknown, ifMatch?: string): Promise<ArmResponse>;
  readonly armEndpoint: string;
}

/**
 * The credential to use when none is injected. `@azure/identity` is loaded here, not at module
 * load, so the package (and its token caches) cost nothing until a real deployment needs it.
 */
export function credentialFromEnvironment(env: NodeJS.ProcessEnv = process.env): TokenCredential {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const identity = require("@azure/identity") as typeof import("@azure/identity");
  const viaAzureVariables = env.AZURE_CLIENT_ID !== undefined || env.AZURE_TENANT_ID !== undefined;
  if (!viaAzureVariables && env.ARM_CLIENT_ID && env.ARM_CLIENT_SECRET && env.ARM_TENANT_ID) {
    return new identity.ClientSecretCredential(
      env.ARM_TENANT_ID,
      env.ARM_CLIENT_ID,
      env.ARM_CLIENT_SECRET,
    );
  }
  return new identity.DefaultAzureCredential();
}

/**
 * Creates the client. The pipeline's own retries are off: the traffic logic retries itself, so
 * it can tell "deployment not found" apart, honour Retry-After and stop at its deadline.
 */
export function createArmClient(connection: ArmConnection = {}): ArmClient {
  const armEndpoint = (connection.armEndpoint ?? defaultArmEndpoint).replace(/\/+$/, "");
  const pipeline: Pipeline = createPipelineFromOptions({
    retryOptions: { maxRetries: 0 },
    // Names the caller in Azure's activity log and request telemetry.
    userAgentOptions: { userAgentPrefix: "ailz-endpoint-traffic" },
  });
  let credential = connection.credential;
  pipeline.addPolicy(
    bearerTokenAuthenticationPolicy({
      credential: {
        getToken: (scopes, options) => {
          const source = (credential ??= credentialFromEnvironment());
          return source.getToken(scopes, options);
        },
      },
      scopes: `${armEndpoint}/.default`,
    }),
  );
  const httpClient: HttpClient = createDefaultHttpClient();
  const tlsSettings = connection.trustedCaCertificates
    ? { ca: connection.trustedCaCertificates }
    : undefined;

  return {
    armEndpoint,
    async send(method, url, body, ifMatch) {
      const headers = createHttpHeaders({ accept: "application/json" });
      if (body !== undefined) headers.set("content-type", "application/json");
      if (ifMatch !== undefined) headers.set("if-match", ifMatch);
      const request = createPipelineRequest({
        url,
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        timeout: 120_000,
      });
      // createPipelineRequest does not copy TLS settings from its options.
      if (tlsSettings) request.tlsSettings = tlsSettings;
      const response = await pipeline.sendRequest(httpClient, request);
      let parsed: unknown = undefined;
      if (response.bodyAsText) {
        try {
          parsed = JSON.parse(response.bodyAsText);
        } catch {
          parsed = {
            error: { code: "NonJsonResponse", message: response.bodyAsText.slice(0, 200) },
          };
        }
      }
      return { status: response.status, headers: response.headers.toJSON(), body: parsed };
    },
  };
}
