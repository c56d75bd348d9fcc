import type { Diagnostic, PackResult, PolicyMeta } from "../analyzer/evaluate";
import type { Mode } from "../args";
import { EXIT_MANDATORY, EXIT_OK } from "../errors";
import type { Project } from "../project";
import { CapturedResource, SECRET_SIG, SIG_KEY, UNKNOWN } from "../simulator/capture";
import type { NotSimulatedInvoke } from "../simulator/invokes";

/** The JSON contract's version. Additive changes keep it; a removed or changed field bumps it. */
export const REPORT_VERSION = 1;

export interface ReportResource {
  urn: string;
  type: string;
  name: string;
  parent: string;
  inputs: Record<string, unknown>;
  /** Input name -> URNs the input's value came from (added in version 1; used for graphs). */
  propertyDependencies: Record<string, string[]>;
}

export interface ReportPolicy {
  name: string;
  pack: string;
  pillar: string;
  principle: string;
  severity: string;
  enforcementLevel: string;
}

export interface ReportViolation {
  policyName: string;
  policyPackName: string;
  enforcementLevel: string;
  severity: string;
  pillar: string;
  message: string;
  urn: string;
}

export interface ReportRemediation {
  policyName: string;
  policyPackName: string;
  urn: string;
}

export interface ReportNotDecided {
  policyName: string;
  /** The policy's level: a mandatory one not decided fails the gate under `--strict` (added in version 1). */
  enforcementLevel: string;
  urn: string;
  message: string;
}

/** `ailz preview --format json`, documented in docs/gate.md. */
export interface Report {
  version: number;
  project: string;
  stack: string;
  mode: Mode;
  /** `--strict`: mandatory policies not decided fail the gate (added in version 1). */
  strict: boolean;
  resources: ReportResource[];
  policies: ReportPolicy[];
  violations: ReportViolation[];
  notDecided: ReportNotDecided[];
  /** Resources a policy at level `remediate` fixed before analysis (added in version 1). */
  remediations: ReportRemediation[];
  /**
   * Invokes the simulated Azure does not answer; at preview their results were unknown, so what
   * depends on them is not decided (added in version 1).
   */
  notSimulated: NotSimulatedInvoke[];
  summary: {
    resources: number;
    violations: number;
    mandatory: number;
    advisory: number;
    notDecided: number;
    /** Not-decided evaluations of mandatory policies (added in version 1). */
    notDecidedMandatory: number;
    /** Added in version 1: `notSimulated.length`. */
    notSimulated: number;
    /** The gate's verdict: "fail" exits 1 (added in version 1). */
    verdict: "pass" | "fail";
  };
}

/** Everything a run produced; renderers read what they need, JSON projects the contract. */
export interface GateResult {
  project: Project;
  mode: Mode;
  resources: CapturedResource[];
  packs: PackResult[];
  policiesEvaluated: boolean;
  report: Report;
}

/** The exit code of a run that produced `report`: 1 when its verdict is "fail", else 0. */
export function verdictExitCode(report: Report): typeof EXIT_OK | typeof EXIT_MANDATORY {
  return report.summary.verdict === "fail" ? EXIT_MANDATORY : EXIT_OK;
}

/** Levels that fail the gate: the SDK reports what a `remediate` policy still finds as mandatory. */
export function isMandatoryLevel(level: string): boolean {
  return level === "mandatory" || level === "remediate";
}

/** The pillar slug from a `waf:<pillar>` tag, or "unclassified". */
export function pillarOf(tags: string[]): string {
  return tags.find((t) => t.startsWith("waf:"))?.slice(4) ?? "unclassified";
}

function principleOf(tags: string[]): string {
  return tags.find((t) => t.startsWith("principle:"))?.slice("principle:".length) ?? "";
}

/**
 * Report form of a value: unknowns become `{ "$unknown": true }` and secrets
 * `{ "$secret": true }`, so a report never carries a secret and unknowns cannot be mistaken
 * for strings.
 */
export function displayValue(value: unknown): unknown {
  if (value === UNKNOWN) return { $unknown: true };
  if (Array.isArray(value)) return value.map(displayValue);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  if (obj[SIG_KEY] === SECRET_SIG) return { $secret: true };
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, displayValue(v)]));
}

/** The SDK's advisory diagnostic for a policy that read a value unknown at preview. */
export function isNotDecided(d: Diagnostic): boolean {
  return (
    /^can't run (policy|remediation) '/.test(d.message) &&
    d.message.includes("can't be known during preview")
  );
}

/** The SDK prefixes every violation with the policy description; the report keeps the rest. */
function violationText(d: Diagnostic): string {
  const prefix = `${d.description}\n`;
  return d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message;
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/** What a report says beyond the resources and the packs' findings. */
export interface ReportOptions {
  /** `--strict`: mandatory policies not decided fail the verdict. @default false */
  strict?: boolean;
  /** Invokes the simulated Azure did not answer. @default [] */
  notSimulated?: NotSimulatedInvoke[];
}

export function buildReport(
  project: Project,
  mode: Mode,
  resources: CapturedResource[],
  packs: PackResult[],
  { strict = false, notSimulated = [] }: ReportOptions = {},
): Report {
  const metas = new Map<string, PolicyMeta>();
  for (const pack of packs) for (const p of pack.policies) metas.set(`${pack.name}/${p.name}`, p);
  const violations: ReportViolation[] = [];
  const notDecided: ReportNotDecided[] = [];
  for (const pack of packs) {
    for (const d of pack.diagnostics) {
      const meta = metas.get(`${d.policyPackName}/${d.policyName}`);
      if (isNotDecided(d)) {
        notDecided.push({
          policyName: d.policyName,
          // The SDK sends these as advisory whatever the policy's level; the level is the policy's.
          enforcementLevel: meta?.enforcementLevel ?? d.enforcementLevel,
          urn: d.urn,
          message: d.message,
        });
        continue;
      }
      violations.push({
        policyName: d.policyName,
        policyPackName: d.policyPackName,
        enforcementLevel: d.enforcementLevel,
        severity: d.severity || meta?.severity || "",
        pillar: pillarOf(meta?.tags ?? []),
        message: violationText(d),
        urn: d.urn,
      });
    }
  }
  violations.sort(byKey((v) => `${v.policyPackName}\0${v.policyName}\0${v.urn}\0${v.message}`));
  notDecided.sort(byKey((v) => `${v.policyName}\0${v.urn}`));
  const mandatory = violations.filter((v) => isMandatoryLevel(v.enforcementLevel)).length;
  const notDecidedMandatory = notDecided.filter((n) => isMandatoryLevel(n.enforcementLevel)).length;
  return {
    version: REPORT_VERSION,
    project: project.name,
    stack: project.stack,
    mode,
    strict,
    resources: resources.map((r) => ({
      urn: r.urn,
      type: r.type,
      name: r.name,
      parent: r.parent,
      inputs: displayValue(r.inputs) as Record<string, unknown>,
      propertyDependencies: r.propertyDependencies,
    })),
    policies: packs.flatMap((pack) =>
      pack.policies.map((p) => ({
        name: p.name,
        pack: pack.name,
        pillar: pillarOf(p.tags),
        principle: principleOf(p.tags),
        severity: p.severity,
        enforcementLevel: p.enforcementLevel,
      })),
    ),
    violations,
    notDecided,
    remediations: packs
      .flatMap((pack) => pack.remediations)
      .sort(byKey((r) => `${r.policyPackName}\0${r.policyName}\0${r.urn}`)),
    notSimulated,
    summary: {
      resources: resources.length,
      violations: violations.length,
      mandatory,
      advisory: violations.length - mandatory,
      notDecided: notDecided.length,
      notDecidedMandatory,
      notSimulated: notSimulated.length,
      verdict: mandatory > 0 || (strict && notDecidedMandatory > 0) ? "fail" : "pass",
    },
  };
}
