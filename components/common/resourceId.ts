import * as pulumi from "@pulumi/pulumi";

/** The parts of an ARM resource ID. `type` is the full type, e.g. `Microsoft.Network/virtualNetworks/subnets`. */
export interface ParsedResourceId {
  subscriptionId: string;
  resourceGroupName: string;
  provider: string;
  type: string;
  /** Names from the outermost parent to the resource itself. */
  names: string[];
  name: string;
}

const idPattern = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/i;

/** Parses a resource-group-scoped ARM ID; `undefined` when it is not one. */
export function parseResourceId(id: string): ParsedResourceId | undefined {
  const match = idPattern.exec(id);
  if (!match) return undefined;
  const [, subscriptionId, resourceGroupName, provider, rest] = match;
  const segments = rest.split("/");
  if (segments.length % 2 !== 0 || segments.some((s) => s === "")) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < segments.length; i += 2) {
    types.push(segments[i]);
    names.push(segments[i + 1]);
  }
  return {
    subscriptionId,
    resourceGroupName,
    provider,
    type: [provider, ...types].join("/"),
    names,
    name: names[names.length - 1],
  };
}

/**
 * Why `id` is not an ARM ID of `expectedType` (compared case-insensitively, as ARM does), or
 * `undefined` when it is. Computed IDs (Outputs) are not judged.
 */
export function resourceIdProblem(
  id: pulumi.Input<string> | undefined,
  expectedType: string,
): string | undefined {
  if (typeof id !== "string") return undefined;
  const parsed = parseResourceId(id);
  const example = `/subscriptions/<id>/resourceGroups/<group>/providers/${expectedType.split("/")[0]}/${expectedType
    .split("/")
    .slice(1)
    .map((t) => `${t}/<name>`)
    .join("/")}`;
  if (!parsed) return `"${id}" is not an ARM resource ID; expected ${example}`;
  if (parsed.type.toLowerCase() !== expectedType.toLowerCase()) {
    return `is a ${parsed.type} ID; expected a ${expectedType} ID (${example})`;
  }
  return undefined;
}

/** The ARM ID of a resource group. */
export function resourceGroupId(subscriptionId: string, resourceGroupName: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
}

/**
 * Composes the ARM ID of a resource from names known before deployment, so that values built from
 * it (CMK settings, network rules, diagnostic scopes) stay known during `pulumi preview`.
 *
 * @param type e.g. `Microsoft.KeyVault/vaults` or `Microsoft.KeyVault/vaults/keys`.
 * @param names one name per type segment after the provider.
 */
export function composeResourceId(
  subscriptionId: pulumi.Input<string>,
  resourceGroupName: pulumi.Input<string>,
  type: string,
  ...names: pulumi.Input<string>[]
): pulumi.Output<string> {
  const [provider, ...types] = type.split("/");
  if (types.length !== names.length) {
    throw new Error(`composeResourceId: ${type} needs ${types.length} names, got ${names.length}`);
  }
  return pulumi.all([subscriptionId, resourceGroupName, ...names]).apply(([sub, group, ...ns]) => {
    const path = types.map((t, i) => `${t}/${ns[i]}`).join("/");
    return `${resourceGroupId(sub, group)}/providers/${provider}/${path}`;
  });
}

/** The last segment of an ARM ID, its resource name. */
export function nameFromResourceId(id: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi.output(id).apply(
    (value) =>
      value
        .split("/")
        .filter((s) => s !== "")
        .pop() ?? value,
  );
}

/**
 * `value`, carrying a dependency on `resource` through its URN. A new resource's outputs are
 * unknown during `pulumi preview`, which makes every wrapped object input holding one unknown
 * too; its URN is known, so consumers of the result both wait for the resource and stay
 * decidable at preview.
 */
export function afterResource<T>(
  resource: pulumi.Resource,
  value: pulumi.Input<T>,
): pulumi.Output<T> {
  return pulumi.all([resource.urn, value]).apply(([, v]) => v as T);
}

/** The ARM ID of a resource this program creates, composed from known names (see `afterResource`). */
export function knownResourceId(
  resource: pulumi.Resource,
  subscriptionId: pulumi.Input<string>,
  resourceGroupName: pulumi.Input<string>,
  type: string,
  ...names: pulumi.Input<string>[]
): pulumi.Output<string> {
  return afterResource(
    resource,
    composeResourceId(subscriptionId, resourceGroupName, type, ...names),
  );
}
