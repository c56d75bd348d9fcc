import type {
  Policy,
  PolicyResource,
  ReportViolation,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { Report } from "../../cli/report/model";
import { UNKNOWN } from "../../cli/simulator/capture";
import { STACK_TYPE } from "../../cli/simulator/constants";

// Runtime exports since @pulumi/policy 1.21; the published typings leave them out.
type ProxySdk = {
  unknownCheckingProxy<T>(value: T): T;
  UnknownValueError: new (...args: any[]) => Error;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk: ProxySdk = require("@pulumi/policy");

/** One outcome, in the fields both paths share. */
export interface Outcome {
  policyName: string;
  enforcementLevel: string;
  message: string;
  urn: string;
}

/** Resolved per-policy config the way the specs' config file sets it. */
export interface InProcessConfig {
  levels: Record<string, string>;
  properties: Record<string, Record<string, unknown>>;
}

/** Report form back to engine form: `{ $unknown: true }` is the sentinel again. */
function engineValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(engineValue);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  if (obj.$unknown === true) return UNKNOWN;
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, engineValue(v)]));
}

/**
 * Calls the pack's policy functions directly over a report's resources, with the SDK's own
 * unknown-checking proxy, and collects violations and not-decided checks. The stack policy gets
 * the resources' inputs as props, which is what a first preview knows of its outputs.
 */
export async function evaluateInProcess(
  policies: Policy[],
  report: Report,
  config: InProcessConfig,
) {
  const violations: Outcome[] = [];
  const notDecided: Array<{ policyName: string; urn: string }> = [];
  const level = (p: Policy) => config.levels[p.name] ?? p.enforcementLevel ?? "advisory";
  // The SDK reports what a remediating policy still finds as mandatory.
  const reported = (p: Policy) => (level(p) === "remediate" ? "mandatory" : level(p));
  const reporter =
    (p: Policy, urn: string): ReportViolation =>
    (message: string, at?: string) => {
      violations.push({
        policyName: p.name,
        enforcementLevel: reported(p),
        message: message ?? "",
        urn: at ?? urn,
      });
    };
  const common = (p: Policy) => ({
    getConfig: <T>() => (config.properties[p.name] ?? {}) as T,
    stackTags: new Map<string, string>(),
    notApplicable: (reason?: string): never => {
      throw new Error(`not applicable: ${reason}`);
    },
  });
  // As the engine does: every remediation first, then every policy on the remediated inputs.
  const remediations: Array<{ policyName: string; urn: string }> = [];
  const inputs = new Map<string, unknown>();
  for (const r of report.resources) {
    let props = engineValue(r.inputs);
    for (const p of policies) {
      const remediateResource = (p as ResourceValidationPolicy).remediateResource;
      if (level(p) !== "remediate" || !remediateResource) continue;
      const args = { ...common(p), type: r.type, name: r.name, urn: r.urn, opts: {} };
      const fixed = await remediateResource({
        ...args,
        props: sdk.unknownCheckingProxy(props),
      } as any);
      if (fixed) {
        props = fixed;
        remediations.push({ policyName: p.name, urn: r.urn });
      }
    }
    inputs.set(r.urn, props);
  }
  for (const p of policies) {
    if (level(p) === "disabled") continue;
    if ("validateResource" in p && p.validateResource) {
      const validate = (p as ResourceValidationPolicy).validateResource as (...a: any[]) => unknown;
      for (const r of report.resources) {
        try {
          await validate(
            {
              ...common(p),
              type: r.type,
              name: r.name,
              urn: r.urn,
              props: sdk.unknownCheckingProxy(inputs.get(r.urn)),
              opts: {},
              isType: () => false,
              asType: () => undefined,
            },
            reporter(p, r.urn),
          );
        } catch (err) {
          if (!(err instanceof sdk.UnknownValueError)) throw err;
          notDecided.push({ policyName: p.name, urn: r.urn });
        }
      }
    }
    if ("validateStack" in p && p.validateStack) {
      const resources: PolicyResource[] = report.resources.map((r) => ({
        type: r.type,
        name: r.name,
        urn: r.urn,
        props: sdk.unknownCheckingProxy(engineValue(r.inputs)) as Record<string, any>,
        opts: {
          protect: false,
          ignoreChanges: [],
          aliases: [],
          additionalSecretOutputs: [],
          customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        },
        dependencies: [],
        propertyDependencies: {},
        isType: () => false,
        asType: () => undefined,
      })) as unknown as PolicyResource[];
      const byUrn = new Map(resources.map((r) => [r.urn, r]));
      report.resources.forEach((r, i) => {
        for (const [key, urns] of Object.entries(r.propertyDependencies)) {
          resources[i].propertyDependencies[key] = urns
            .map((u) => byUrn.get(u))
            .filter((x): x is PolicyResource => x !== undefined);
        }
      });
      const stackUrn = report.resources.find((r) => r.type === STACK_TYPE)?.urn ?? "";
      await (p as StackValidationPolicy).validateStack(
        { ...common(p), resources },
        reporter(p, stackUrn),
      );
    }
  }
  return { violations, notDecided, remediations };
}
