/**
 * Per-policy parameters. Each rule declares its parameters as JSON-schema properties with a
 * `default`; the SDK publishes them as the policy's `configSchema` (so `--policy-pack-config` and
 * `pulumi policy validate-config` know them) and the rule reads the merged values from
 * `ctx.config`, defaults first, then whatever the config file sets for that policy.
 */
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import type { Severity } from "./metadata";

/** One parameter: a JSON schema with a default and a description. */
export type ParamSchema<V> = PolicyConfigJSONSchema & {
  readonly default: V;
  readonly description: string;
};

/** The parameter declarations of a rule whose config object has the shape `C`. */
export type ParamSpec<C> = { readonly [K in keyof C]: ParamSchema<C[K]> };

/** Parameters every rule accepts, on top of its own. */
export interface CommonConfig {
  /**
   * Stack tags that raise this rule's violations to `mandatory`: a map from tag key to the values
   * that trigger it (compared case-insensitively), e.g. `{ "environment": ["prod"] }`.
   * @default { "environment": ["prod", "production"] } for critical/high rules, {} otherwise
   */
  readonly mandatoryWhenStackTags: Readonly<Record<string, readonly string[]>>;
}

/** Stack tag values that mark a production stack by default. */
export const PRODUCTION_STACK_TAGS: Readonly<Record<string, readonly string[]>> = {
  environment: ["prod", "production"],
};

/** The schema of the common parameters, with the default that fits the rule's severity. */
export function commonParams(severity: Severity): ParamSpec<CommonConfig> {
  const raises = severity === "critical" || severity === "high";
  return {
    mandatoryWhenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: raises ? PRODUCTION_STACK_TAGS : {},
      description:
        "Stack tags (key to list of values) under which this policy's violations are mandatory.",
    },
  };
}

/** Turns parameter declarations into the SDK's `configSchema` (undefined when there are none). */
export function toConfigSchema(params: Record<string, ParamSchema<unknown>>): {
  properties: Record<string, PolicyConfigJSONSchema>;
} {
  const properties: Record<string, PolicyConfigJSONSchema> = {};
  for (const [key, schema] of Object.entries(params)) {
    properties[key] = schema as PolicyConfigJSONSchema;
  }
  return { properties };
}

/** Defaults first, then the configured values (the SDK already strips `enforcementLevel`). */
export function resolveConfig<C>(
  params: Record<string, ParamSchema<unknown>>,
  configured: Record<string, unknown>,
): C {
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(params)) {
    result[key] = key in configured ? configured[key] : schema.default;
  }
  return result as C;
}

/** True when a stack tag listed in `when` carries one of the listed values. */
export function stackTagsMatch(
  when: Readonly<Record<string, readonly string[]>>,
  stackTags: ReadonlyMap<string, string>,
): boolean {
  for (const [key, values] of Object.entries(when)) {
    const actual = stackTags.get(key);
    if (actual === undefined) continue;
    const lowered = actual.toLowerCase();
    if (values.some((v) => v.toLowerCase() === lowered)) return true;
  }
  return false;
}
