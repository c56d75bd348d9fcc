/**
 * `resourceRule` and `stackRule` turn a rule definition (metadata + parameters + a check written
 * against plain props) into an `@pulumi/policy` policy object that carries the metadata in the
 * SDK's fields and applies the pack's enforcement, escalation and exemption plumbing.
 */
import type {
  PolicyResource,
  PolicyResourceOptions,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { Unwrap } from "@pulumi/pulumi";
import {
  commonParams,
  CommonConfig,
  ParamSchema,
  ParamSpec,
  resolveConfig,
  stackTagsMatch,
  toConfigSchema,
} from "./config";
import { AZURE_POLICY_EQUIVALENTS, AzurePolicyEquivalence } from "../facts/azurePolicyEquivalents";
import { findExemption, recordApplied, registerPolicy } from "./exemptions";
import { defaultEnforcementLevel, EnforcementLevel, RuleMetadata, ruleTags } from "./metadata";

/** The plain (resolved) shape of an azure-native resource's args, as a policy sees them. */
export type Props<TArgs> = Unwrap<NonNullable<TArgs>>;

/** `types` value of a rule that inspects every resource. */
export const ANY_TYPE = "*";

/** What a check receives besides the props. */
export interface RuleContext<C> {
  /** The rule's parameters: defaults merged with the policy's config entry. */
  readonly config: C & CommonConfig;
  /** Stack tags (`pulumi:tags`), e.g. `environment`. */
  readonly stackTags: ReadonlyMap<string, string>;
  /** Reports one violation; the text should name the property and the fix, ending with a period. */
  report(message: string): void;
}

/** What a resource check receives besides the props. */
export interface ResourceContext<C> extends RuleContext<C> {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  /** The resource options the engine sends with the resource (`protect`, `ignoreChanges`, ...). */
  readonly opts: PolicyResourceOptions;
}

/** What a stack check receives besides the resources. */
export interface StackContext<C> extends Omit<RuleContext<C>, "report"> {
  /** Reports a violation, attached to `resource` when given (exemptions match that resource). */
  report(message: string, resource?: PolicyResource): void;
}

/** Metadata kept on every policy object for docs and convention specs. */
export interface RuleInfo extends RuleMetadata {
  readonly kind: "resource" | "stack";
  /** Type tokens the rule inspects (`*` = every resource). */
  readonly types: readonly string[] | typeof ANY_TYPE;
  readonly enforcementLevel: EnforcementLevel;
  readonly exemptible: boolean;
  /** The rule's own parameters (without the common ones). */
  readonly params: Readonly<Record<string, ParamSchema<unknown>>>;
  /** Whether the rule can fix a violation itself at level `remediate`. */
  readonly remediable: boolean;
  /** Stack rules: the type without which the rule reports nothing (see `StackRuleDefinition`). */
  readonly subject?: string;
  /** Resource rules: whether the rule also checks the whole stack (see `ResourceRuleDefinition.stack`). */
  readonly stackCheck?: boolean;
  /** The Azure Policy built-ins that check the same after deployment, if Azure has any. */
  readonly azurePolicy?: AzurePolicyEquivalence;
}

export type WafResourcePolicy = ResourceValidationPolicy & {
  readonly meta: RuleInfo;
  /** Set when the rule also has a stack check (`ResourceRuleDefinition.stack`). */
  readonly validateStack?: StackValidationPolicy["validateStack"];
};
export type WafStackPolicy = StackValidationPolicy & { readonly meta: RuleInfo };
export type WafPolicy = WafResourcePolicy | WafStackPolicy;

interface RuleDefinition<C> extends RuleMetadata {
  /** The rule's own parameters, each with a JSON schema, a default and a description. */
  readonly config?: ParamSpec<C>;
}

/** A resource rule: checks one resource's inputs. */
export interface ResourceRuleDefinition<P, C> extends RuleDefinition<C> {
  /** Type tokens the rule applies to (see `T`), or `ANY_TYPE`. */
  readonly types: readonly string[] | typeof ANY_TYPE;
  /**
   * The check. Read only what decides, test presence with `in`, and never dereference a value
   * that may be unknown at preview when a known sibling already decides.
   */
  validate(props: P, ctx: ResourceContext<C>): void;
  /**
   * Returns the props with the violation fixed, or undefined to leave them. Only for lossless
   * fixes; runs only when the policy's level is `remediate`. Build the result from
   * `rawProps(props)` so unknown values pass through untouched.
   */
  remediate?(props: P, ctx: ResourceContext<C>): Record<string, unknown> | undefined;
  /**
   * What one resource's inputs cannot show, checked over the whole stack under the same policy
   * name, parameters and exemptions: a required child that is missing, or the state of a resource
   * this one refers to. Runs once per stack, after every resource.
   * @default undefined (the rule checks single resources only)
   */
  readonly stack?: StackCheck<C>;
}

/** The stack half of a resource rule (see `ResourceRuleDefinition.stack`). */
export interface StackCheck<C> {
  /** A type without which the check can report nothing, as for `StackRuleDefinition.subject`. */
  readonly subject?: string;
  validate(resources: readonly PolicyResource[], ctx: StackContext<C>): void;
}

/** A stack rule: checks relationships between the stack's resources. */
export interface StackRuleDefinition<C> extends RuleDefinition<C> {
  /** Type tokens whose presence makes the rule relevant (documentation only). */
  readonly types: readonly string[] | typeof ANY_TYPE;
  /**
   * A type without which the rule can report nothing, if there is one. When the stack has no
   * resource of it, the SDK skips the rule without building its resource list, as it does for
   * `validateStackResourcesOfType`.
   * @default undefined (the rule always runs)
   */
  readonly subject?: string;
  validate(resources: readonly PolicyResource[], ctx: StackContext<C>): void;
}

type ViolationObject = { message: string; urn?: string; enforcementLevel?: EnforcementLevel };

function info<C>(
  def: RuleDefinition<C>,
  kind: RuleInfo["kind"],
  types: RuleInfo["types"],
  remediable: boolean,
): RuleInfo {
  return {
    name: def.name,
    description: def.description,
    severity: def.severity,
    pillar: def.pillar,
    principle: def.principle,
    anchors: def.anchors,
    remediationSteps: def.remediationSteps,
    url: def.url,
    kind,
    types,
    enforcementLevel: def.enforcementLevel ?? defaultEnforcementLevel(def),
    exemptible: def.exemptible ?? true,
    params: (def.config ?? {}) as Record<string, ParamSchema<unknown>>,
    remediable,
    ...(def.name in AZURE_POLICY_EQUIVALENTS
      ? { azurePolicy: AZURE_POLICY_EQUIVALENTS[def.name] }
      : {}),
  };
}

function sdkFields(meta: RuleInfo, allParams: Record<string, ParamSchema<unknown>>) {
  return {
    name: meta.name,
    description: meta.description,
    enforcementLevel: meta.enforcementLevel,
    severity: meta.severity,
    tags: ruleTags(meta),
    remediationSteps: meta.remediationSteps,
    url: meta.url,
    framework: {
      name: "Azure Well-Architected Framework for AI workloads",
      version: "2024",
      reference: meta.pillar,
      specification: meta.principle,
    },
    configSchema: toConfigSchema(allParams),
    meta,
  };
}

/**
 * Reports through the SDK, unless a valid exemption waives it; raises it to mandatory when the
 * stack tags say so. The object form of `reportViolation` is what the SDK uses to carry a
 * per-violation level; its message is composed as the SDK composes the string form.
 */
function reporter(
  meta: RuleInfo,
  config: CommonConfig,
  stackTags: ReadonlyMap<string, string>,
  reportViolation: ReportViolation,
): (message: string, urn?: string, name?: string) => void {
  return (message, urn, name) => {
    if (meta.exemptible && urn !== undefined) {
      const exemption = findExemption(meta.name, urn, name ?? "");
      if (exemption !== undefined) {
        recordApplied(exemption, urn);
        return;
      }
    }
    if (stackTagsMatch(config.mandatoryWhenStackTags, stackTags)) {
      const violation: ViolationObject = {
        message: `${meta.description}\n${message}`,
        urn,
        enforcementLevel: "mandatory",
      };
      (reportViolation as unknown as (v: ViolationObject) => void)(violation);
      return;
    }
    reportViolation(message, urn);
  };
}

/**
 * Tells the SDK that the policy does not apply to this resource. The SDK signals that with an
 * error it throws and catches itself, so its stack trace is never read; capturing one costs
 * several microseconds for every resource a multi-type policy skips.
 */
function skip(args: ResourceValidationArgs, reason: string): never {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return args.notApplicable(reason);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The SDK's `validateStack` for a stack check, with the pack's config, escalation and exemptions. */
function stackValidation<C>(
  meta: RuleInfo,
  params: Record<string, ParamSchema<unknown>>,
  validate: (resources: readonly PolicyResource[], ctx: StackContext<C>) => void,
  subject: string | undefined,
): StackValidationPolicy["validateStack"] {
  const validateStack = (args: StackValidationArgs, reportViolation: ReportViolation) => {
    const config = resolveConfig<C & CommonConfig>(params, args.getConfig());
    const report = reporter(meta, config, args.stackTags, reportViolation);
    const ctx: StackContext<C> = {
      config,
      stackTags: args.stackTags,
      report: (message, resource) => report(message, resource?.urn, resource?.name),
    };
    validate(args.resources, ctx);
  };
  if (subject !== undefined) Object.assign(validateStack, { __pulumiType: subject });
  return validateStack;
}

/** Defines a policy that checks each resource of the given types. */
export function resourceRule<P = Record<string, any>, C = Record<string, never>>(
  def: ResourceRuleDefinition<P, C>,
): WafResourcePolicy {
  const base = info(def, "resource", def.types, def.remediate !== undefined);
  const meta: RuleInfo = def.stack === undefined ? base : { ...base, stackCheck: true };
  const params = { ...commonParams(def.severity), ...meta.params };
  const types = def.types;
  const single = types !== ANY_TYPE && types.length === 1 ? types[0] : undefined;
  registerPolicy(meta.name, { exemptible: meta.exemptible });

  const applies = (type: string) => types === ANY_TYPE || types.includes(type);
  const context = (
    args: ResourceValidationArgs,
    config: C & CommonConfig,
    report: ResourceContext<C>["report"],
  ): ResourceContext<C> => ({
    config,
    stackTags: args.stackTags,
    type: args.type,
    name: args.name,
    urn: args.urn,
    opts: args.opts,
    report,
  });

  const notApplicableReason = `Policy only applies to resources of type '${String(types)}'`;
  const validateResource = (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
    if (!applies(args.type)) skip(args, notApplicableReason);
    const config = resolveConfig<C & CommonConfig>(params, args.getConfig());
    const report = reporter(meta, config, args.stackTags, reportViolation);
    def.validate(
      args.props as P,
      context(args, config, (message) => report(message, args.urn, args.name)),
    );
  };
  // Lets the SDK skip the policy for other types without deserializing the props.
  if (single !== undefined) Object.assign(validateResource, { __pulumiType: single });

  const stack = def.stack;
  const policy: WafResourcePolicy = {
    ...sdkFields(meta, params),
    validateResource,
    ...(stack === undefined
      ? {}
      : { validateStack: stackValidation<C>(meta, params, stack.validate, stack.subject) }),
  };
  const remediate = def.remediate;
  if (remediate !== undefined) {
    const remediateResource = (args: ResourceValidationArgs) => {
      if (!applies(args.type)) return undefined;
      if (meta.exemptible && findExemption(meta.name, args.urn, args.name)) return undefined;
      const config = resolveConfig<C & CommonConfig>(params, args.getConfig());
      return remediate(
        args.props as P,
        context(args, config, () => undefined),
      );
    };
    if (single !== undefined) Object.assign(remediateResource, { __pulumiType: single });
    return { ...policy, remediateResource };
  }
  return policy;
}

/** Defines a policy that checks the whole stack once, after every resource is known. */
export function stackRule<C = Record<string, never>>(def: StackRuleDefinition<C>): WafStackPolicy {
  const meta: RuleInfo = { ...info(def, "stack", def.types, false), subject: def.subject };
  const params = { ...commonParams(def.severity), ...meta.params };
  registerPolicy(meta.name, { exemptible: meta.exemptible });
  const validateStack = stackValidation<C>(meta, params, def.validate, meta.subject);
  return { ...sdkFields(meta, params), validateStack };
}
