import { computedOutputs, simulatedIp } from "./armResources";
import { SIG_KEY } from "./capture";
import { DEFAULT_LOCATION, fakeGuid, SIMULATED_API_VERSION, SIMULATED_TIME } from "./constants";
import type { AzureAccount } from "./providerConfig";
import { AzureNativeTypes, Fields, TypeExpr } from "./typeInfo";

/**
 * Resolved-mode outputs for any azure-native resource, from azure-native's own type information:
 * every output-only property gets a deterministic value of its declared shape, and inside an
 * object the program gave, only the read-only fields are added (a Response field absent from the
 * matching Args type). A property the program could have set but did not stays absent: a
 * generated `publicNetworkAccess` would change policy verdicts.
 */

type Value = unknown;
type Path = (string | number)[];

/** What the generated values are derived from. */
interface ShapeContext {
  types: AzureNativeTypes;
  id: string;
  name: string;
  location: string;
  account: AzureAccount;
  apiVersion: string;
}

/** Nested objects generated below one output; deeper levels are left out (recursive types). */
const MAX_DEPTH = 6;

/** A program-given plain object (not a secret envelope, unknown, resource or asset). */
function isPlainObject(value: unknown): value is Record<string, Value> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !(SIG_KEY in value);
}

/**
 * 16 hex digits, stable for the same input. Only to vary generated values: two FNV-style lanes are
 * several times cheaper than a cryptographic hash, which matters at thousands of fields per run.
 */
function hash(...parts: (string | number)[]): string {
  const text = parts.join("|");
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** `/subscriptions/s/resourceGroups/g/providers/Microsoft.Web/sites/a/slots/b` -> `Microsoft.Web/sites/slots`. */
export function armType(id: string): string {
  const at = id.lastIndexOf("/providers/");
  if (at < 0) return "Microsoft.Resources/resourceGroups";
  const [namespace, ...rest] = id.slice(at + "/providers/".length).split("/");
  return [namespace, ...rest.filter((_, i) => i % 2 === 0)].join("/");
}

/** The name of the property a value sits in: the array's name for an element. */
function fieldName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--)
    if (typeof path[i] === "string") return path[i] as string;
  return "";
}

/** What kind of string a property of a given name holds, by Azure's naming habits. */
type StringKind =
  | "state"
  | "apiVersion"
  | "location"
  | "type"
  | "etag"
  | "tenant"
  | "subscription"
  | "id"
  | "guid"
  | "reference"
  | "privateIp"
  | "publicIp"
  | "fqdn"
  | "url"
  | "time"
  | "name"
  | "other";

function classify(key: string): StringKind {
  const lower = key.toLowerCase();
  if (lower === "provisioningstate") return "state";
  if (lower === "azureapiversion") return "apiVersion";
  if (lower.endsWith("location")) return "location";
  if (lower === "type") return "type";
  if (lower === "etag") return "etag";
  if (lower === "tenantid") return "tenant";
  if (lower === "subscriptionid") return "subscription";
  if (lower === "id") return "id";
  if (/(principal|client|object|application|customer|unique)id$|guid$/.test(lower)) return "guid";
  if (lower.endsWith("id")) return "reference";
  if (lower === "ip" || /ipaddress(es)?$/.test(lower)) {
    return /public|outbound/.test(lower) ? "publicIp" : "privateIp";
  }
  if (/(fqdn|hostname|domainname)$/.test(lower)) return "fqdn";
  if (/(uri|url|endpoint)$/.test(lower)) return "url";
  if (/(Time|Date|At|On|Timestamp)$/.test(key) || /^(timestamp|date)/.test(lower)) return "time";
  if (lower === "name") return "name";
  return "other";
}

const kinds = new Map<string, StringKind>();

/** A string that looks like what Azure puts in a property of this name. */
function stringFor(path: Path, ctx: ShapeContext): string {
  const key = fieldName(path);
  let kind = kinds.get(key);
  if (kind === undefined) {
    kind = classify(key);
    kinds.set(key, kind);
  }
  const seed = () => hash(ctx.id, path.join("."));
  switch (kind) {
    case "state":
      return "Succeeded";
    case "apiVersion":
      return ctx.apiVersion;
    case "location":
      return ctx.location;
    case "type": {
      // A resource's own ARM type; nested, a sub-resource's (`.../privateLinkServiceConnections`).
      if (path.length === 1) return armType(ctx.id);
      const parent = fieldName(path.slice(0, -1));
      return parent ? `${armType(ctx.id)}/${parent}` : `${key}-${seed().slice(0, 8)}`;
    }
    case "etag":
      return `W/"${seed()}"`;
    case "tenant":
      return ctx.account.tenantId;
    case "subscription":
      return ctx.account.subscriptionId;
    case "id":
      return path.length === 1 ? ctx.id : `${ctx.id}/${path.slice(0, -1).join("/")}`;
    case "guid":
      return fakeGuid(ctx.id, path.join("."));
    case "reference":
      return `${ctx.id}/${key}`;
    case "privateIp":
    case "publicIp":
      return simulatedIp(seed(), kind === "privateIp");
    case "fqdn":
      return `${ctx.name}-${seed().slice(0, 6)}.${ctx.location}.cloudapp.azure.com`;
    case "url":
      return `https://${ctx.name}.${key.toLowerCase()}.simulated.azure.net/`;
    case "time":
      return SIMULATED_TIME;
    case "name":
      return `${ctx.name}-${seed().slice(0, 6)}`;
    case "other":
      return `${key || "value"}-${seed().slice(0, 8)}`;
  }
}

/** The fields of an interface type, or of an inline object type. */
function fieldsOf(type: TypeExpr, ctx: ShapeContext): Fields | undefined {
  if (type.kind === "ref") return ctx.types.fieldsOf(type);
  if (type.kind === "object") return type.fields;
  return undefined;
}

/**
 * An element that stands for another ARM resource (it has an `id` and a `name`, `type` or
 * `etag`): Azure lists such resources only when they exist (private endpoint connections, a
 * subnet's NICs), so an output-only list of them is generated empty rather than claim one.
 */
function isResourceReference(type: TypeExpr, ctx: ShapeContext): boolean {
  const fields = fieldsOf(type, ctx);
  return !!fields?.has("id") && (fields.has("name") || fields.has("type") || fields.has("etag"));
}

/**
 * A whole value of `type`, for an output-only property (or a read-only field of a given object);
 * with `requiredOnly`, objects get their required fields only (the shape a caller can rely on).
 */
function generate(
  type: TypeExpr,
  path: Path,
  ctx: ShapeContext,
  depth: number,
  open: Set<string>,
  requiredOnly = false,
): Value {
  switch (type.kind) {
    case "string":
      return stringFor(path, ctx);
    case "number":
      return 0;
    case "boolean":
      return false;
    case "any":
      return {};
    case "literal":
      return type.value;
    case "map":
      return {};
    case "union":
      return generate(type.options[0], path, ctx, depth, open, requiredOnly);
    case "array": {
      if (requiredOnly || depth >= MAX_DEPTH || isResourceReference(type.element, ctx)) return [];
      const element = generate(type.element, [...path, 0], ctx, depth, open);
      return element === undefined ? [] : [element];
    }
    case "ref":
    case "object": {
      const key = type.kind === "ref" ? `${type.module}.${type.name}` : "";
      const fields = fieldsOf(type, ctx);
      if (!fields || depth >= MAX_DEPTH || open.has(key)) return undefined;
      if (key) open.add(key);
      const out: Record<string, Value> = {};
      for (const [name, field] of fields) {
        if (requiredOnly && field.optional) continue;
        const value = generate(field.type, [...path, name], ctx, depth + 1, open, requiredOnly);
        if (value !== undefined) out[name] = value;
      }
      if (key) open.delete(key);
      return out;
    }
  }
}

/** The union option a given value is an instance of (by kind, then by shared keys). */
function optionFor(type: TypeExpr, given: Value, ctx: ShapeContext): TypeExpr | undefined {
  if (type.kind !== "union") return type;
  if (Array.isArray(given)) return type.options.find((o) => o.kind === "array");
  if (!isPlainObject(given)) return undefined;
  let best: TypeExpr | undefined;
  let bestScore = -1;
  for (const option of type.options) {
    if (option.kind === "map") {
      if (bestScore < 0) best = option;
      continue;
    }
    const fields = fieldsOf(option, ctx);
    if (!fields) continue;
    const score = Object.keys(given).filter((k) => fields.has(k)).length;
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The program's value for a settable property, with the read-only fields Azure adds. Without
 * the matching input type nothing is added: unsure whether a field is settable, leave it out.
 */
function complete(
  outType: TypeExpr,
  inType: TypeExpr | undefined,
  given: Value,
  path: Path,
  ctx: ShapeContext,
): Value {
  const out = optionFor(outType, given, ctx);
  const input = inType && optionFor(inType, given, ctx);
  if (!out || !input) return given;
  if (Array.isArray(given)) {
    if (out.kind !== "array" || input.kind !== "array") return given;
    return given.map((e, i) => complete(out.element, input.element, e, [...path, i], ctx));
  }
  // `{ id }` refers to another resource (a subnet, a zone): Azure echoes the reference as is.
  if (!isPlainObject(given)) return given;
  const keys = Object.keys(given);
  if (keys.length === 1 && keys[0] === "id") return given;
  if (out.kind === "map" && input.kind === "map") {
    const result: Record<string, Value> = {};
    for (const [k, v] of Object.entries(given)) {
      result[k] = complete(out.value, input.value, v, [...path, k], ctx);
    }
    return result;
  }
  const outFields = fieldsOf(out, ctx);
  const inFields = fieldsOf(input, ctx);
  if (!outFields || !inFields) return given;
  const result: Record<string, Value> = { ...given };
  for (const [name, field] of outFields) {
    if (name in given) {
      result[name] = complete(
        field.type,
        inFields.get(name)?.type,
        given[name],
        [...path, name],
        ctx,
      );
    } else if (!inFields.has(name)) {
      const value = generate(field.type, [...path, name], ctx, 1, new Set());
      if (value !== undefined) result[name] = value;
    }
  }
  return result;
}

/**
 * Every output azure-native declares for `type` that Azure computes: output-only properties in
 * full, and given objects completed with their read-only fields. Empty for types azure-native
 * does not declare (other packages, or a copy of azure-native that cannot be found).
 */
export function declaredOutputs(
  types: AzureNativeTypes | undefined,
  type: string,
  inputs: Record<string, Value>,
  identity: { id: string; name: string; location: string; account: AzureAccount },
  handModelled: Record<string, Value> = {},
): Record<string, Value> {
  const info = types?.resource(type);
  if (!types || !info) return {};
  const ctx: ShapeContext = {
    ...identity,
    types,
    apiVersion: info.apiVersion ?? SIMULATED_API_VERSION,
  };
  const out: Record<string, Value> = {};
  for (const [name, field] of info.outputs) {
    const arg = info.args.get(name);
    if (name in inputs && inputs[name] !== undefined) {
      out[name] = complete(field.type, arg?.type, inputs[name], [name], ctx);
    } else if (!arg && !(name in handModelled)) {
      // An output-only value modelled by hand replaces the generated one whole: skip the work.
      const value = generate(field.type, [name], ctx, 0, new Set());
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}

/**
 * The least value of `type` a caller can rely on: objects with their required fields only,
 * arrays empty. For a required field of an existing resource whose settings the simulated Azure
 * cannot know (a lookup of a resource outside the stack).
 */
export function requiredShape(
  types: AzureNativeTypes,
  type: TypeExpr,
  field: string,
  identity: { id: string; name: string; location: string; account: AzureAccount },
): Value {
  const ctx: ShapeContext = { ...identity, types, apiVersion: SIMULATED_API_VERSION };
  return generate(type, [field], ctx, 0, new Set(), true);
}

/** `over` wins: objects merge key by key, anything else replaces. */
export function deepMerge(base: Value, over: Value): Value {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, Value> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

/**
 * What Azure reports for a resource after `pulumi up`: its inputs, the outputs the type
 * declares, and the hand-modelled realistic values (`computedOutputs`), which win.
 */
export function resolvedState(
  types: AzureNativeTypes | undefined,
  type: string,
  logicalName: string,
  inputs: Record<string, Value>,
  account: AzureAccount,
): Record<string, Value> {
  const hand = computedOutputs(type, logicalName, inputs, account);
  const declared = declaredOutputs(
    types,
    type,
    inputs,
    {
      id: String(hand.id),
      name: String(hand.name ?? logicalName),
      location: String(inputs.location ?? account.location ?? DEFAULT_LOCATION),
      account,
    },
    hand,
  );
  return { ...inputs, ...(deepMerge(declared, hand) as Record<string, Value>) };
}
