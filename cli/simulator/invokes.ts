import { createHash } from "crypto";
import { GateError } from "../errors";
import { aksFqdn, armResourceId } from "./armResources";
import { DEFAULT_LOCATION, SIMULATED_TIME, STORAGE_SAS_VERSION } from "./constants";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "./capture";
import { requiredShape, resolvedState } from "./outputShapes";
import type { AzureAccount } from "./providerConfig";
import type { AzureNativeTypes } from "./typeInfo";

/**
 * The simulated Azure's answers to provider functions (invokes). A real preview runs an invoke
 * against Azure whenever its arguments are known, so these answer in both modes: the
 * credentials and keys programs list (as secrets, with realistic formats), `getClientConfig`,
 * and every `get<Resource>` lookup, from a resource of the same stack when the program declares
 * it, else from the arguments. Anything else is not modelled (`answerInvoke` gives undefined).
 */

type Args = Record<string, unknown>;
type Result = Record<string, unknown>;

/** A resource the program registered, with the state the simulated Azure gave it. */
export interface StackResource {
  type: string;
  name: string;
  inputs: Args;
  state: Args;
}

/** What an answer may depend on. */
export interface InvokeContext {
  preview: boolean;
  /** The account of the provider the invoke went to. */
  account: AzureAccount;
  types: AzureNativeTypes | undefined;
  resources: readonly StackResource[];
}

/** An invoke the simulated Azure could not answer, with its arguments. */
export interface NotSimulatedCall {
  token: string;
  args: Args;
}

/** The report's form: the URN of that resource. */
export interface NotSimulatedInvoke {
  token: string;
  urn?: string;
}

/**
 * A secret in the form the SDK serializes: the invoke's Output form comes back secret, and a
 * resource input built from it stays wrapped in the report.
 */
function secret(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}

/** `n` bytes of key material, stable for the same seed, base64-encoded as Azure shows keys. */
function keyBytes(n: number, ...seed: string[]): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < n; i++) {
    chunks.push(
      createHash("sha256")
        .update(`${seed.join("|")}|${i}`)
        .digest(),
    );
  }
  return Buffer.concat(chunks).subarray(0, n);
}

const base64Key = (n: number, ...seed: string[]) => keyBytes(n, ...seed).toString("base64");
const hexKey = (n: number, ...seed: string[]) => keyBytes(n, ...seed).toString("hex");

/** A string argument, or an error naming it (the real provider rejects a missing path parameter). */
function required(args: Args, name: string): string {
  const value = args[name];
  if (typeof value !== "string" || value === "") {
    throw new Error(`the argument ${name} is required (a non-empty string)`);
  }
  return value;
}

/** The ID of the resource `type` an invoke's arguments name, in the provider's subscription. */
function idOf(type: string, args: Args, ctx: InvokeContext): string {
  const naming = Object.fromEntries(Object.entries(args).filter(([, v]) => typeof v === "string"));
  return armResourceId(type, "", naming, ctx.account.subscriptionId);
}

/** The arguments that name a resource: `resourceGroupName`, the other `...Name` strings, `name`. */
function namingArgs(args: Args): [string, string][] {
  return Object.entries(args).filter(
    (e): e is [string, string] =>
      /^name$|Name$/.test(e[0]) && typeof e[1] === "string" && e[1] !== "",
  );
}

/** The stack's resource of `type` whose inputs match every naming argument. */
function declaredResource(
  resources: readonly StackResource[],
  type: string,
  args: Args,
): StackResource | undefined {
  const naming = namingArgs(args);
  if (naming.length === 0) return undefined;
  return resources.find((r) => r.type === type && naming.every(([k, v]) => r.inputs[k] === v));
}

/**
 * The stack's resource an invoke's arguments are about (the account whose keys it lists), for
 * the report: same module, and the most naming arguments equal to its inputs, all of them
 * agreeing.
 */
export function resourceNamedBy(
  resources: readonly StackResource[],
  token: string,
  args: Args,
): StackResource | undefined {
  const prefix = `azure-native:${token.split(":")[1]}:`;
  const naming = namingArgs(args);
  let best: StackResource | undefined;
  let bestScore = 0;
  for (const r of resources) {
    if (!r.type.startsWith(prefix)) continue;
    const shared = naming.filter(([k]) => k in r.inputs);
    if (!shared.every(([k, v]) => r.inputs[k] === v)) continue;
    // The resource group alone names nothing in particular.
    const score = shared.filter(([k]) => k !== "resourceGroupName").length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** The location of a resource an invoke names: the stack's declaration, else the provider's. */
function locationOf(type: string, args: Args, ctx: InvokeContext): string {
  const declared = declaredResource(ctx.resources, type, args);
  const location = declared?.state.location ?? declared?.inputs.location;
  if (typeof location === "string" && location !== UNKNOWN) return location;
  return ctx.account.location ?? DEFAULT_LOCATION;
}

/** A kubeconfig for one AKS credential, base64-encoded as `listManagedCluster*Credentials` returns it. */
function kubeconfig(args: Args, ctx: InvokeContext, user: string): string {
  const type = "azure-native:containerservice:ManagedCluster";
  const cluster = required(args, "resourceName");
  const group = required(args, "resourceGroupName");
  const id = idOf(type, { resourceGroupName: group, resourceName: cluster }, ctx);
  const declared = declaredResource(ctx.resources, type, args);
  const stackFqdn = declared?.state.fqdn;
  const server =
    typeof stackFqdn === "string" && stackFqdn !== UNKNOWN
      ? stackFqdn
      : aksFqdn(id, String(declared?.inputs.dnsPrefix ?? cluster), locationOf(type, args, ctx));
  const userName = `${user}_${group}_${cluster}`;
  const yaml = [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: ${base64Key(48, id, "ca")}`,
    `    server: https://${server}:443`,
    `  name: ${cluster}`,
    "contexts:",
    "- context:",
    `    cluster: ${cluster}`,
    `    user: ${userName}`,
    `  name: ${cluster}`,
    `current-context: ${cluster}`,
    "kind: Config",
    "preferences: {}",
    "users:",
    `- name: ${userName}`,
    "  user:",
    `    token: ${hexKey(32, id, user)}`,
    "",
  ].join("\n");
  return Buffer.from(yaml).toString("base64");
}

/** A Service Bus or Event Hubs authorization rule's keys and connection strings. */
function sharedAccessKeys(args: Args, entityArg?: string): Result {
  const namespace = required(args, "namespaceName");
  const rule = required(args, "authorizationRuleName");
  const entity = entityArg ? required(args, entityArg) : undefined;
  const seed = [namespace, rule, entity ?? ""].join("/");
  const primaryKey = base64Key(32, seed, "primary");
  const secondaryKey = base64Key(32, seed, "secondary");
  const connection = (key: string) =>
    `Endpoint=sb://${namespace}.servicebus.windows.net/;SharedAccessKeyName=${rule};SharedAccessKey=${key}${entity ? `;EntityPath=${entity}` : ""}`;
  return {
    keyName: rule,
    primaryKey: secret(primaryKey),
    secondaryKey: secret(secondaryKey),
    primaryConnectionString: secret(connection(primaryKey)),
    secondaryConnectionString: secret(connection(secondaryKey)),
    // Only a geo-recovery alias has alias connection strings; Azure returns them empty otherwise.
    aliasPrimaryConnectionString: secret(""),
    aliasSecondaryConnectionString: secret(""),
  };
}

/** Two keys and, for SignalR and Web PubSub, their connection strings. */
function serviceKeys(args: Args, host: (name: string) => string): Result {
  const name = required(args, "resourceName");
  const primaryKey = base64Key(32, name, "primary");
  const secondaryKey = base64Key(32, name, "secondary");
  const connection = (key: string) =>
    `Endpoint=https://${host(name)};AccessKey=${key};Version=1.0;`;
  return {
    primaryKey: secret(primaryKey),
    secondaryKey: secret(secondaryKey),
    primaryConnectionString: secret(connection(primaryKey)),
    secondaryConnectionString: secret(connection(secondaryKey)),
  };
}

/** A SAS query string with the requested fields and a stable signature. */
function sasToken(fields: [string, unknown][], ...seed: string[]): string {
  const parts = fields
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  parts.push(`sig=${encodeURIComponent(base64Key(32, ...seed, parts.join("&")))}`);
  return parts.join("&");
}

const STORAGE = "azure-native:storage:StorageAccount";

/** Hand-modelled invokes: token -> answer. */
const modelled: Record<string, (args: Args, ctx: InvokeContext) => Result> = {
  "azure-native:authorization:getClientConfig": (_args, ctx) => ({
    clientId: ctx.account.clientId,
    objectId: ctx.account.objectId,
    subscriptionId: ctx.account.subscriptionId,
    tenantId: ctx.account.tenantId,
  }),
  "azure-native:authorization:getClientToken": (args, ctx) => {
    const claims = {
      aud: typeof args.endpoint === "string" ? args.endpoint : "https://management.azure.com/",
      tid: ctx.account.tenantId,
      oid: ctx.account.objectId,
    };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const sig = keyBytes(32, JSON.stringify(claims)).toString("base64url");
    return { token: secret(`${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}.${sig}`) };
  },
  "azure-native:storage:listStorageAccountKeys": (args, ctx) => {
    required(args, "accountName");
    const id = idOf(STORAGE, args, ctx);
    return {
      keys: secret(
        ["key1", "key2"].map((keyName) => ({
          keyName,
          value: base64Key(64, id, keyName),
          permissions: "FULL",
          creationTime: SIMULATED_TIME,
        })),
      ),
    };
  },
  "azure-native:storage:listStorageAccountSAS": (args, ctx) => {
    required(args, "accountName");
    const token = sasToken(
      [
        ["sv", STORAGE_SAS_VERSION],
        ["ss", args.services],
        ["srt", args.resourceTypes],
        ["sp", args.permissions],
        ["st", args.sharedAccessStartTime],
        ["se", args.sharedAccessExpiryTime],
        ["sip", args.iPAddressOrRange],
        ["spr", args.protocols],
      ],
      idOf(STORAGE, args, ctx),
    );
    return { accountSasToken: secret(token) };
  },
  "azure-native:storage:listStorageAccountServiceSAS": (args, ctx) => {
    required(args, "accountName");
    const token = sasToken(
      [
        ["sv", STORAGE_SAS_VERSION],
        ["sr", args.resource],
        ["sp", args.permissions],
        ["st", args.sharedAccessStartTime],
        ["se", args.sharedAccessExpiryTime],
        ["si", args.identifier],
        ["sip", args.iPAddressOrRange],
        ["spr", args.protocols],
      ],
      idOf(STORAGE, args, ctx),
      String(args.canonicalizedResource ?? ""),
    );
    return { serviceSasToken: secret(token) };
  },
  "azure-native:cognitiveservices:listAccountKeys": (args, ctx) => {
    required(args, "accountName");
    const id = idOf("azure-native:cognitiveservices:Account", args, ctx);
    return { key1: secret(hexKey(16, id, "key1")), key2: secret(hexKey(16, id, "key2")) };
  },
  "azure-native:cosmosdb:listDatabaseAccountKeys": (args, ctx) => {
    required(args, "accountName");
    const id = idOf("azure-native:cosmosdb:DatabaseAccount", args, ctx);
    return Object.fromEntries(
      [
        "primaryMasterKey",
        "secondaryMasterKey",
        "primaryReadonlyMasterKey",
        "secondaryReadonlyMasterKey",
      ].map((k) => [k, secret(base64Key(64, id, k))]),
    );
  },
  "azure-native:cosmosdb:listDatabaseAccountConnectionStrings": (args, ctx) => {
    const account = required(args, "accountName");
    const id = idOf("azure-native:cosmosdb:DatabaseAccount", args, ctx);
    const kinds: [string, string, string][] = [
      ["Primary", "primaryMasterKey", "Primary SQL Connection String"],
      ["Secondary", "secondaryMasterKey", "Secondary SQL Connection String"],
      ["PrimaryReadonly", "primaryReadonlyMasterKey", "Primary Read-Only SQL Connection String"],
      [
        "SecondaryReadonly",
        "secondaryReadonlyMasterKey",
        "Secondary Read-Only SQL Connection String",
      ],
    ];
    return {
      connectionStrings: secret(
        kinds.map(([keyKind, key, description]) => ({
          connectionString: `AccountEndpoint=https://${account}.documents.azure.com:443/;AccountKey=${base64Key(64, id, key)};`,
          description,
          keyKind,
          type: "Sql",
        })),
      ),
    };
  },
  "azure-native:containerregistry:listRegistryCredentials": (args, ctx) => {
    const registry = required(args, "registryName");
    const id = idOf("azure-native:containerregistry:Registry", args, ctx);
    return {
      username: registry,
      passwords: secret(
        ["password", "password2"].map((name) => ({ name, value: base64Key(39, id, name) })),
      ),
    };
  },
  "azure-native:containerservice:listManagedClusterUserCredentials": (args, ctx) => ({
    kubeconfigs: secret([{ name: "clusterUser", value: kubeconfig(args, ctx, "clusterUser") }]),
  }),
  "azure-native:containerservice:listManagedClusterAdminCredentials": (args, ctx) => ({
    kubeconfigs: secret([{ name: "clusterAdmin", value: kubeconfig(args, ctx, "clusterAdmin") }]),
  }),
  "azure-native:containerservice:listManagedClusterMonitoringUserCredentials": (args, ctx) => ({
    kubeconfigs: secret([
      { name: "clusterMonitoringUser", value: kubeconfig(args, ctx, "clusterMonitoringUser") },
    ]),
  }),
  "azure-native:servicebus:listNamespaceKeys": (args) => sharedAccessKeys(args),
  "azure-native:servicebus:listQueueKeys": (args) => sharedAccessKeys(args, "queueName"),
  "azure-native:servicebus:listTopicKeys": (args) => sharedAccessKeys(args, "topicName"),
  "azure-native:eventhub:listNamespaceKeys": (args) => sharedAccessKeys(args),
  "azure-native:eventhub:listEventHubKeys": (args) => sharedAccessKeys(args, "eventHubName"),
  "azure-native:redis:listRedisKeys": (args, ctx) => {
    required(args, "name");
    const id = idOf("azure-native:redis:Redis", args, ctx);
    return {
      primaryKey: secret(base64Key(32, id, "primary")),
      secondaryKey: secret(base64Key(32, id, "secondary")),
    };
  },
  "azure-native:search:listAdminKey": (args, ctx) => {
    required(args, "searchServiceName");
    const id = idOf("azure-native:search:Service", args, ctx);
    return {
      primaryKey: secret(hexKey(26, id, "primary").toUpperCase()),
      secondaryKey: secret(hexKey(26, id, "secondary").toUpperCase()),
    };
  },
  "azure-native:operationalinsights:getSharedKeys": (args, ctx) => {
    required(args, "workspaceName");
    const id = idOf("azure-native:operationalinsights:Workspace", args, ctx);
    return {
      primarySharedKey: secret(base64Key(64, id, "primary")),
      secondarySharedKey: secret(base64Key(64, id, "secondary")),
    };
  },
  "azure-native:signalrservice:listSignalRKeys": (args) =>
    serviceKeys(args, (name) => `${name}.service.signalr.net`),
  "azure-native:webpubsub:listWebPubSubKeys": (args) =>
    serviceKeys(args, (name) => `${name}.webpubsub.azure.com`),
};

/** The hand-modelled invoke tokens (for docs and specs). */
export const MODELLED_INVOKES: readonly string[] = Object.keys(modelled);

/**
 * `get<Resource>` for any azure-native resource type: the stack's own declaration of that
 * resource when its naming arguments match one (what a preview shows for it: computed values
 * unknown until it exists), else the resource as the arguments describe it, with resolved-mode
 * outputs (an existing resource Azure knows). Only the fields the function declares come back.
 */
function lookup(token: string, args: Args, ctx: InvokeContext): Result | undefined {
  const [, module, fn] = token.split(":");
  if (!fn?.startsWith("get") || !ctx.types) return undefined;
  const type = `azure-native:${module}:${fn.slice(3)}`;
  const info = ctx.types.resource(type);
  if (!info) return undefined;
  const fields = ctx.types.functionResult(token);
  const declared = declaredResource(ctx.resources, type, args);
  let state: Result;
  if (declared) {
    state = { ...declared.state };
    // Not created yet at preview: what the stack has not fixed is unknown, the ID included.
    if (ctx.preview && fields) {
      for (const field of fields.keys()) if (!(field in state)) state[field] = UNKNOWN;
    }
  } else {
    const inputs: Args = Object.fromEntries(namingArgs(args));
    if (info.args.has("location")) inputs.location = ctx.account.location ?? DEFAULT_LOCATION;
    state = resolvedState(ctx.types, type, fn, inputs, ctx.account);
    // Its settings are Azure's to know: required ones are unknown at preview and, resolved,
    // have the least shape the result type promises; optional ones stay absent.
    for (const [name, field] of fields ?? []) {
      if (name in state || field.optional) continue;
      state[name] = ctx.preview
        ? UNKNOWN
        : requiredShape(ctx.types, field.type, name, {
            id: String(state.id),
            name: String(state.name ?? fn),
            location: String(state.location ?? ctx.account.location ?? DEFAULT_LOCATION),
            account: ctx.account,
          });
    }
  }
  if (!fields) return state;
  return Object.fromEntries(Object.entries(state).filter(([k]) => fields.has(k)));
}

/** The simulated Azure's answer, or undefined when the invoke is not modelled. */
export function answerInvoke(token: string, args: Args, ctx: InvokeContext): Result | undefined {
  const answer = modelled[token];
  if (answer) return answer(args, ctx);
  return lookup(token, args, ctx);
}

/**
 * An answer whose every field is unknown, as when Azure cannot be asked at preview: the
 * `getXOutput(...)` form is wholly unknown (the SDK treats a result holding an unknown as
 * unknown), and a field of the Promise form passed to a resource makes that input unknown.
 * The fields come from the function's declared result; for a function azure-native does not
 * declare, one field named `unknown` stands in.
 */
export function unknownResult(token: string, types: AzureNativeTypes | undefined): Result {
  const fields = types?.functionResult(token);
  const names = fields && fields.size > 0 ? [...fields.keys()] : ["unknown"];
  return Object.fromEntries(names.map((n) => [n, UNKNOWN]));
}

/**
 * An invoke failure the program sees with the token in its message. The SDK rethrows a failed
 * mock invoke as `new Error(err.details)`, so without `details` the message would be empty.
 */
export function invokeError(token: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const message = `invoke ${token}: ${reason}`;
  return Object.assign(new Error(message), { details: message });
}

/**
 * The report's list: each token (and resource) once, sorted. The resource is looked up once the
 * program has finished: an invoke with literal arguments can run before the resource it names
 * is registered.
 */
export function notSimulatedInvokes(
  calls: readonly NotSimulatedCall[],
  stack: readonly StackResource[],
  captured: readonly { urn: string; type: string; name: string }[],
): NotSimulatedInvoke[] {
  const seen = new Map<string, NotSimulatedInvoke>();
  for (const call of calls) {
    const about = resourceNamedBy(stack, call.token, call.args);
    const urn = about
      ? captured.find((r) => r.type === about.type && r.name === about.name)?.urn
      : undefined;
    const entry: NotSimulatedInvoke = urn ? { token: call.token, urn } : { token: call.token };
    seen.set(`${entry.token}\0${entry.urn ?? ""}`, entry);
  }
  return [...seen.values()].sort((a, b) =>
    `${a.token}\0${a.urn ?? ""}`.localeCompare(`${b.token}\0${b.urn ?? ""}`),
  );
}

/**
 * In resolved mode every value must be known, so an invoke the simulated Azure cannot answer
 * stops the run, naming it (exit 2).
 */
export function failOnNotSimulated(calls: readonly NotSimulatedCall[], file: string): void {
  if (calls.length === 0) return;
  const tokens = [...new Set(calls.map((c) => c.token))].sort();
  throw new GateError(
    file,
    `the simulated Azure does not answer the invoke ${tokens.join(", ")}; --mode resolved needs every invoke answered (--mode preview treats its result as unknown)`,
  );
}
