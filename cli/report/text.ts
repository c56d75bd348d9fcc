import * as path from "path";
import { byDeclaration, CapturedResource } from "../simulator/capture";
import { STACK_TYPE } from "../simulator/constants";
import { GateResult, isMandatoryLevel, ReportViolation } from "./model";
import { canonicalPillar, pillarOrder, pillarTitle } from "./pillars";

type Paint = (code: string, text: string) => string;

/** Type and logical name, as `pulumi preview` prints them. */
function label(r: CapturedResource): string {
  return `${r.type}  ${r.name}`;
}

/** The preview-like tree: every resource under its parent, components grouping their children. */
function tree(result: GateResult, paint: Paint): string[] {
  const stack = result.resources.find((r) => r.type === STACK_TYPE);
  const children = new Map<string, CapturedResource[]>();
  for (const r of result.resources) {
    // Default providers have no parent; `pulumi preview` shows them under the stack.
    const parent = r.parent === "" && stack && r !== stack ? stack.urn : r.parent;
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(byDeclaration);
  const flagged = new Map<string, string>();
  for (const v of result.report.violations) {
    const worst = isMandatoryLevel(v.enforcementLevel) ? "mandatory" : "advisory";
    if (flagged.get(v.urn) !== "mandatory") flagged.set(v.urn, worst);
  }
  const lines: string[] = [];
  const walk = (parent: string, prefix: string) => {
    const list = children.get(parent) ?? [];
    list.forEach((r, i) => {
      const last = i === list.length - 1;
      const branch = parent === "" ? "" : last ? "└─ " : "├─ ";
      const mark = flagged.get(r.urn);
      const tag =
        mark === "mandatory"
          ? paint("31", "  ✗ mandatory")
          : mark === "advisory"
            ? paint("33", "  ! advisory")
            : "";
      lines.push(` ${paint("32", "+")}  ${prefix}${branch}${label(r)}${tag}`);
      walk(r.urn, parent === "" ? "" : prefix + (last ? "   " : "│  "));
    });
  };
  walk("", "");
  return lines;
}

function where(result: GateResult, urn: string): string {
  const r = result.resources.find((x) => x.urn === urn);
  if (!r) return "";
  const loc = r.location;
  const at = loc ? `  (${path.relative(process.cwd(), loc.file)}:${loc.line})` : "";
  return `${r.type}  ${r.name}${at}`;
}

/** Renders the human report: resource tree, violations by pillar, per-pillar scorecard, verdict. */
export function renderText(result: GateResult, color: boolean): string {
  const paint: Paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const { report } = result;
  const out: string[] = [];
  out.push(paint("1", `Previewing ${report.project} (stack ${report.stack}, mode ${report.mode})`));
  out.push("");
  out.push(...tree(result, paint));
  out.push("");
  out.push(`${report.resources.length} resources`);
  if (report.notSimulated.length > 0) {
    // Shown even without policies: the run itself depended on values nobody could give.
    out.push(
      "",
      paint("1", "Not simulated (invokes the simulated Azure does not answer; results unknown)"),
    );
    for (const n of report.notSimulated) {
      const about = n.urn ? where(result, n.urn) : "";
      out.push(`  ? ${n.token}${about ? `  ${about}` : ""}`);
    }
  }
  if (!result.policiesEvaluated) {
    out.push("", "Policies were not evaluated (--no-policies).");
    return out.join("\n");
  }
  const packs = result.packs.map((p) => `${p.name}@v${p.version}`).join(", ");
  out.push("", paint("1", `Policy packs: ${packs}`));

  const byPillar = new Map<string, ReportViolation[]>();
  for (const v of report.violations) {
    const key = canonicalPillar(v.pillar);
    byPillar.set(key, [...(byPillar.get(key) ?? []), v]);
  }
  const policyPillar = new Map(
    report.policies.map((p) => [`${p.pack}/${p.name}`, canonicalPillar(p.pillar)]),
  );
  const pillars = pillarOrder([...report.policies.map((p) => p.pillar), ...byPillar.keys()]);
  for (const pillar of pillars) {
    const list = byPillar.get(pillar) ?? [];
    if (list.length === 0) continue;
    out.push("", paint("1", `${pillarTitle(pillar)}`));
    for (const v of list) {
      const level = isMandatoryLevel(v.enforcementLevel)
        ? paint("31", `[${v.enforcementLevel}]`)
        : paint("33", `[${v.enforcementLevel}]`);
      out.push(`  ${level} ${v.policyName}${v.severity ? ` (${v.severity})` : ""}`);
      out.push(`      ${where(result, v.urn)}`);
      for (const line of v.message.split("\n")) out.push(`      ${line}`);
    }
  }
  if (report.notDecided.length > 0) {
    out.push("", paint("1", "Not decided at preview (a value is unknown until deployment)"));
    for (const n of report.notDecided) {
      out.push(`  ? ${n.policyName}  ${where(result, n.urn)}`);
    }
  }

  if (report.remediations.length > 0) {
    out.push("", paint("1", "Remediated before analysis (policies at level remediate)"));
    for (const r of report.remediations) out.push(`  ~ ${r.policyName}  ${where(result, r.urn)}`);
  }

  out.push("", paint("1", "Scorecard"));
  const header = ["Pillar", "Policies", "Passed", "Mandatory", "Advisory", "Not decided"];
  const rows = pillars.map((pillar) => {
    const policies = report.policies.filter(
      (p) => canonicalPillar(p.pillar) === pillar && p.enforcementLevel !== "disabled",
    );
    const violated = new Set(
      report.violations
        .filter((v) => policyPillar.get(`${v.policyPackName}/${v.policyName}`) === pillar)
        .map((v) => `${v.policyPackName}/${v.policyName}`),
    );
    const names = new Set(policies.map((p) => p.name));
    const list = byPillar.get(pillar) ?? [];
    return [
      pillarTitle(pillar),
      String(policies.length),
      String(policies.filter((p) => !violated.has(`${p.pack}/${p.name}`)).length),
      String(list.filter((v) => isMandatoryLevel(v.enforcementLevel)).length),
      String(list.filter((v) => v.enforcementLevel === "advisory").length),
      String(report.notDecided.filter((n) => names.has(n.policyName)).length),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) =>
    "  " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  out.push(fmt(header), ...rows.map(fmt));

  const s = report.summary;
  out.push("");
  const undecided = report.strict
    ? `${s.notDecided} not decided, ${s.notDecidedMandatory} of them mandatory (--strict)`
    : `${s.notDecided} not decided`;
  const verdict = `${s.mandatory} mandatory, ${s.advisory} advisory violation(s), ${undecided}`;
  out.push(
    s.verdict === "fail" ? paint("31;1", `FAIL  ${verdict}`) : paint("32;1", `PASS  ${verdict}`),
  );
  // Under --strict, what could not be decided is part of the verdict: list it right there.
  if (report.strict) {
    for (const n of report.notDecided.filter((x) => isMandatoryLevel(x.enforcementLevel))) {
      out.push(`  ? ${n.policyName}  ${where(result, n.urn)}`);
    }
  }
  return out.join("\n");
}
