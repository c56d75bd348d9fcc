/**
 * Which Azure Policy assignments mirror the pack, from the same config the pack runs with: the
 * policies it enables, the level each runs at on this stack, and the parameter values it checks.
 * Pure functions over plain values, so the plan is known at construction and exact in specs.
 */
import {
  AZURE_POLICY_EQUIVALENTS,
  AzurePolicyDefinition,
  AzurePolicyEffect,
  PACK_PRODUCTION_STACK_TAGS,
} from "../../policies/facts/azurePolicyEquivalents";

/** A pack level, as `--policy-pack-config` writes it. */
export type PackEnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** One policy's entry in a `--policy-pack-config` file: a level, or its level and parameters. */
export type PolicyPackConfigEntry =
  PackEnforcementLevel | ({ enforcementLevel?: PackEnforcementLevel } & Record<string, unknown>);

/** A `--policy-pack-config` file's content: policy name (or `all`) to its entry. */
export type PolicyPackConfig = Readonly<Record<string, PolicyPackConfigEntry>>;

/** Where the assignments apply. */
export type GovernanceScopeKind = "resourceGroup" | "subscription" | "managementGroup";

/** One assignment the baseline creates. */
export interface PlannedAssignment {
  /** The pack policy it mirrors. */
  readonly policy: string;
  readonly definitionId: string;
  readonly displayName: string;
  /** The `effect` parameter, or undefined when the definition has a fixed effect. */
  readonly effect?: AzurePolicyEffect;
  /** `DoNotEnforce` only for an advisory policy mapped to a definition that can only deny. */
  readonly enforcementMode: "Default" | "DoNotEnforce";
  /** The definition's parameters other than `effect`, from the pack's values. */
  // `any`, not `unknown`: a parameter is any JSON value, and the component provider's schema
  // says so (`pulumi.json#/Any`) only for `any`.
  readonly parameters: Readonly<Record<string, any>>;
}

/** A mapped policy the baseline leaves out, and why. */
export interface SkippedPolicy {
  readonly policy: string;
  readonly reason: string;
}

/** The level one pack policy runs at on a stack with these tags (`mandatory` when raised). */
export function packLevel(
  policy: string,
  config: PolicyPackConfig,
  stackTags: Readonly<Record<string, string>>,
): PackEnforcementLevel {
  const equivalence = AZURE_POLICY_EQUIVALENTS[policy];
  let level: PackEnforcementLevel = equivalence?.packLevel ?? "advisory";
  for (const entry of [config.all, config[policy]]) {
    const set = typeof entry === "string" ? entry : entry?.enforcementLevel;
    if (set !== undefined) level = set;
  }
  if (level !== "advisory") return level;
  const own = config[policy];
  const when =
    (typeof own === "object" ? own.mandatoryWhenStackTags : undefined) ??
    (equivalence?.raisedOnProduction ? PACK_PRODUCTION_STACK_TAGS : {});
  for (const [key, values] of Object.entries(when as Record<string, readonly string[]>)) {
    const actual = stackTags[key]?.toLowerCase();
    if (actual !== undefined && values.some((v) => v.toLowerCase() === actual)) return "mandatory";
  }
  return level;
}

/** The pack parameter values of a policy: its defaults, then what the config sets. */
export function packParameterValues(
  policy: string,
  config: PolicyPackConfig,
): Record<string, unknown> {
  const own = config[policy];
  const { enforcementLevel: _level, ...set } = typeof own === "object" ? own : {};
  void _level;
  return { ...AZURE_POLICY_EQUIVALENTS[policy]?.packParameters, ...set };
}

function effectFor(
  definition: AzurePolicyDefinition,
  mandatory: boolean,
): Pick<PlannedAssignment, "effect" | "enforcementMode"> {
  if (definition.effectParameter === false) {
    const denies = definition.effects[0] === "Deny";
    return { enforcementMode: denies && !mandatory ? "DoNotEnforce" : "Default" };
  }
  if (mandatory && definition.effects.includes("Deny")) {
    return { effect: "Deny", enforcementMode: "Default" };
  }
  const audit = definition.effects.find((e) => e === "Audit" || e === "AuditIfNotExists");
  return { effect: audit ?? "Audit", enforcementMode: "Default" };
}

/**
 * The assignments equivalent to the pack's enabled policies: Deny where the policy runs
 * mandatory and the definition can deny, Audit (or AuditIfNotExists) otherwise.
 */
export function planAssignments(
  config: PolicyPackConfig,
  stackTags: Readonly<Record<string, string>>,
  scopeKind: GovernanceScopeKind,
): { assignments: PlannedAssignment[]; skipped: SkippedPolicy[] } {
  const assignments: PlannedAssignment[] = [];
  const skipped: SkippedPolicy[] = [];
  for (const [policy, equivalence] of Object.entries(AZURE_POLICY_EQUIVALENTS)) {
    const level = packLevel(policy, config, stackTags);
    if (level === "disabled") {
      skipped.push({ policy, reason: "the pack config disables it" });
      continue;
    }
    const values = packParameterValues(policy, config);
    for (const definition of equivalence.definitions) {
      if (definition.scope === "subscription" && scopeKind === "resourceGroup") {
        skipped.push({
          policy,
          reason: `${definition.displayName} judges the subscription: assign at a subscription or management group scope`,
        });
        continue;
      }
      const sets = definition.parameters?.(values) ?? [{}];
      if (sets.length === 0) {
        skipped.push({
          policy,
          reason: `its parameters leave ${definition.displayName} nothing to check`,
        });
      }
      for (const parameters of sets) {
        assignments.push({
          policy,
          definitionId: definition.definitionId,
          displayName: definition.displayName,
          ...effectFor(definition, level !== "advisory"),
          parameters,
        });
      }
    }
  }
  return { assignments, skipped };
}
