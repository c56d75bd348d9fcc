/**
 * Builds the arguments `@pulumi/policy` 1.21 builds when the engine calls the pack, and runs one
 * policy the way the SDK's analyzer does, so specs exercise the real runtime semantics:
 *
 * - props travel as a protobuf `Struct` and go through the SDK's own deserializer, then its
 *   `unknownCheckingProxy` (reading an `UNKNOWN` value throws `UnknownValueError`, which the SDK
 *   turns into an advisory "can't run policy ... during preview" note: `result.unknown` here);
 * - `getConfig()` returns the policy's config entry without `enforcementLevel`;
 * - `notApplicable()` throws and the run reports `result.notApplicable`; a policy whose
 *   validation function carries `__pulumiType` is skipped for other types without being called;
 * - violations get the effective level (config, then policy default, `remediate` counts as
 *   mandatory) and the SDK's message composition (description, newline, message);
 * - stack tags, exemptions (loaded as `exemptions-valid` loads them) and resource options.
 */
import type {
  EnforcementLevel,
  PolicyResource,
  PolicyResourceOptions,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { ExemptionEntry, loadExemptions } from "../../policies/lib/exemptions";

// Runtime exports of @pulumi/policy whose published typings are empty (`export {}`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require("@pulumi/policy") as {
  unknownCheckingProxy<T extends object>(props: T): T;
  UnknownValueError: new (...args: any[]) => Error;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deserialize = require("@pulumi/policy/deserialize") as {
  deserializeProperties(struct: unknown, proxySecrets: boolean): Record<string, any>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as {
  Struct: { fromJavaScript(value: Record<string, unknown>): unknown };
};

/** The engine's sentinel for a value not known during preview (it sends every unknown as this). */
export { unknownValue as UNKNOWN } from "@pulumi/pulumi/runtime/rpc";

export const PROJECT = "lz";
export const STACK = "dev";

/** Options of one policy run. */
export interface RunOptions {
  /** Logical name of the resource. @default "res" */
  name?: string;
  /** @default `urn:pulumi:dev::lz::<type>::<name>` */
  urn?: string;
  /** The policy's entry in the policy pack config file (may hold `enforcementLevel`). */
  config?: Record<string, unknown>;
  /** Stack tags (`pulumi:tags`). @default {} */
  stackTags?: Record<string, string>;
  /** Exemption entries, as configured on `exemptions-valid`. @default [] */
  exemptions?: ExemptionEntry[];
  /** Resource options the engine would send. */
  opts?: Partial<PolicyResourceOptions>;
}

export interface Violation {
  /** The policy's own message, without the description the SDK puts in front. */
  message: string;
  enforcementLevel: EnforcementLevel;
  urn?: string;
}

export interface PolicyResult {
  violations: Violation[];
  /** The not-applicable reason, when the policy declared itself not applicable. */
  notApplicable?: string;
  /** The SDK's "<kind> value at .<path> can't be known during preview" text, when skipped. */
  unknown?: string;
  /** Whether the policy ran at all (false when disabled or skipped by type). */
  ran: boolean;
}

class NotApplicable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The URN the engine gives a resource of this type and name. */
export function urnOf(type: string, name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

/** Sends props through the wire format and the SDK's deserializer, then wraps them in its proxy. */
export function sdkProps(props: object, proxySecrets = false): Record<string, any> {
  const wire = JSON.parse(JSON.stringify(props)) as Record<string, unknown>;
  const deserialized = deserialize.deserializeProperties(Struct.fromJavaScript(wire), proxySecrets);
  return sdk.unknownCheckingProxy(deserialized);
}

function tagMap(tags: Record<string, string> = {}): ReadonlyMap<string, string> {
  return new Map(Object.entries(tags));
}

function configOf(o: RunOptions): Record<string, unknown> {
  const rest = { ...o.config };
  delete rest.enforcementLevel;
  return rest;
}

function levelOf(policy: { enforcementLevel?: EnforcementLevel }, o: RunOptions): EnforcementLevel {
  const configured = o.config?.enforcementLevel as EnforcementLevel | undefined;
  return configured || policy.enforcementLevel || "advisory";
}

function options(o: RunOptions): PolicyResourceOptions {
  return {
    protect: false,
    ignoreChanges: [],
    aliases: [],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    additionalSecretOutputs: [],
    ...o.opts,
  };
}

/** The `ResourceValidationArgs` the SDK builds for one resource. */
export function resourceArgs(
  type: string,
  props: object,
  o: RunOptions = {},
): ResourceValidationArgs {
  const name = o.name ?? "res";
  const proxied = sdkProps(props);
  return {
    type,
    props: proxied,
    urn: o.urn ?? urnOf(type, name),
    name,
    opts: options(o),
    stackTags: tagMap(o.stackTags),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => configOf(o) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason ?? "Policy does not apply");
    },
  };
}

function collector(
  description: string,
  level: EnforcementLevel,
  violations: Violation[],
): (message: unknown, urn?: string) => void {
  const strip = (text: string) =>
    text.startsWith(`${description}\n`) ? text.slice(description.length + 1) : text;
  return (message, urn) => {
    if (typeof message === "object" && message !== null) {
      const v = message as { message?: string; urn?: string; enforcementLevel?: EnforcementLevel };
      violations.push({
        message: strip(v.message ?? description),
        enforcementLevel: v.enforcementLevel || level,
        urn: v.urn,
      });
    } else {
      violations.push({ message: strip(String(message ?? "")), enforcementLevel: level, urn });
    }
  };
}

function settle(result: PolicyResult, run: () => void): PolicyResult {
  try {
    run();
  } catch (e) {
    if (e instanceof NotApplicable) result.notApplicable = e.reason;
    else if (e instanceof sdk.UnknownValueError) result.unknown = e.message;
    else throw e;
  }
  return result;
}

/**
 * Loads the run's exemptions as `exemptions-valid` would. Loading the same list again keeps the
 * usage recorded so far (as in one engine run); call `resetExemptions()` to start afresh.
 */
function prepare(o: RunOptions): void {
  loadExemptions(o.exemptions ?? []);
}

/** Runs a resource policy against one resource, as the SDK's `analyze` does. */
export function runResourcePolicy(
  policy: ResourceValidationPolicy,
  type: string,
  props: object,
  o: RunOptions = {},
): PolicyResult {
  prepare(o);
  const result: PolicyResult = { violations: [], ran: false };
  let level = levelOf(policy, o);
  if (level === "disabled" || policy.validateResource === undefined) return result;
  if (level === "remediate") level = "mandatory";
  const validations = Array.isArray(policy.validateResource)
    ? policy.validateResource
    : [policy.validateResource];
  const pulumiType = (validations[0] as { __pulumiType?: string }).__pulumiType;
  if (validations.length === 1 && pulumiType !== undefined && pulumiType !== type) {
    result.notApplicable = `Policy only applies to resources of type '${pulumiType}'`;
    return result;
  }
  result.ran = true;
  const report = collector(policy.description, level, result.violations);
  for (const validate of validations) {
    settle(result, () => void validate(resourceArgs(type, props, o), report as any));
  }
  return result;
}

/**
 * Runs a policy's `remediateResource` as the SDK's `remediate` does (only at level `remediate`;
 * props deserialized with secrets kept wrapped). Returns the new props, or undefined.
 */
export function runRemediation(
  policy: ResourceValidationPolicy,
  type: string,
  props: object,
  o: RunOptions = {},
): Record<string, unknown> | undefined {
  prepare(o);
  if (levelOf(policy, o) !== "remediate" || policy.remediateResource === undefined) {
    return undefined;
  }
  const pulumiType = (policy.remediateResource as { __pulumiType?: string }).__pulumiType;
  if (pulumiType !== undefined && pulumiType !== type) return undefined;
  const args = { ...resourceArgs(type, props, o), props: sdkProps(props, true) };
  const out = policy.remediateResource(args);
  return out === undefined
    ? undefined
    : (JSON.parse(JSON.stringify(out)) as Record<string, unknown>);
}

/** A resource of a stack, for stack policies. Wire up relationships with the options. */
export interface StackResourceOptions {
  /** Resources this one depends on through the named input, e.g. `{ resourceUri: [vault] }`. */
  propertyDependencies?: Record<string, PolicyResource[]>;
  /** Further dependencies (property dependencies are added automatically). */
  dependencies?: PolicyResource[];
  parent?: PolicyResource;
  urn?: string;
  /** Resource options the engine would send. */
  opts?: Partial<PolicyResourceOptions>;
}

/** Builds a `PolicyResource` as the SDK's `analyzeStack` does (props proxied, graph linked). */
export function stackResource(
  type: string,
  name: string,
  props: object,
  o: StackResourceOptions = {},
): PolicyResource {
  const propertyDependencies = o.propertyDependencies ?? {};
  const fromProps = Object.values(propertyDependencies).flat();
  const dependencies = [...(o.dependencies ?? []), ...fromProps].filter(
    (r, i, all) => all.findIndex((x) => x.urn === r.urn) === i,
  );
  return {
    type,
    name,
    urn: o.urn ?? urnOf(type, name),
    props: sdkProps(props),
    opts: options({ opts: o.opts }),
    parent: o.parent,
    dependencies,
    propertyDependencies,
    isType: () => false,
    asType: () => undefined,
  };
}

/** A stack policy, or a resource policy with a stack check (`ResourceRuleDefinition.stack`). */
export type StackValidating = Pick<StackValidationPolicy, "description" | "enforcementLevel"> & {
  validateStack?: StackValidationPolicy["validateStack"];
};

/** Runs a stack policy (or a resource rule's stack check) as the SDK's `analyzeStack` does. */
export function runStackPolicy(
  policy: StackValidating,
  resources: PolicyResource[],
  o: RunOptions = {},
): PolicyResult {
  if (policy.validateStack === undefined) throw new Error("the policy has no stack check");
  const validateStack = policy.validateStack;
  prepare(o);
  const result: PolicyResult = { violations: [], ran: false };
  let level = levelOf(policy, o);
  if (level === "disabled") return result;
  if (level === "remediate") level = "mandatory";
  // The SDK skips a stack policy whose validation carries a type the stack does not hold.
  const subject = (validateStack as { __pulumiType?: string }).__pulumiType;
  if (subject !== undefined && !resources.some((r) => r.type === subject)) {
    result.notApplicable = `Policy only applies to resources of type '${subject}'`;
    return result;
  }
  result.ran = true;
  const args: StackValidationArgs = {
    resources,
    stackTags: tagMap(o.stackTags),
    getConfig: <T extends object>() => configOf(o) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason ?? "Policy does not apply");
    },
  };
  const report = collector(policy.description, level, result.violations);
  return settle(result, () => void validateStack(args, report as any));
}

/**
 * The messages of a rule that ran to the end, in report order. Throws when the rule did not run
 * (disabled, another type), declared itself not applicable or was skipped at preview, so a spec
 * expecting no violation cannot pass because nothing was checked. Assert those outcomes with
 * `result.ran`, `result.notApplicable` or `result.unknown`, and use `messagesBeforeSkip` for a
 * rule that reported some violations and then met an unknown value.
 */
export function messages(result: PolicyResult): string[] {
  if (!result.ran) throw new Error("the rule did not run (disabled, or not for this type)");
  if (result.notApplicable !== undefined) {
    throw new Error(`the rule declared itself not applicable: ${result.notApplicable}`);
  }
  if (result.unknown !== undefined) {
    throw new Error(`the rule was skipped at preview: ${result.unknown}`);
  }
  return result.violations.map((v) => v.message);
}

/** The messages a rule reported before an unknown value stopped it at preview. */
export function messagesBeforeSkip(result: PolicyResult): string[] {
  if (!result.ran || result.unknown === undefined) {
    throw new Error("the rule was not skipped at preview");
  }
  return result.violations.map((v) => v.message);
}
