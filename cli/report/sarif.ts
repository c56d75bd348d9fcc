import * as path from "path";
import { pathToFileURL } from "url";
import type { PolicyMeta } from "../analyzer/evaluate";
import type { GateResult } from "./model";
import { isMandatoryLevel, pillarOf } from "./model";

/** GitHub code scanning ranks findings by this 0-10 score. */
const SECURITY_SEVERITY: Record<string, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};

function toUri(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join("/");
}

function rule(p: PolicyMeta) {
  return {
    id: p.name,
    name: p.displayName || p.name,
    shortDescription: { text: p.description },
    fullDescription: { text: p.description },
    ...(p.url ? { helpUri: p.url } : {}),
    help: { text: p.remediationSteps || p.description },
    defaultConfiguration: {
      level: isMandatoryLevel(p.enforcementLevel)
        ? "error"
        : p.enforcementLevel === "disabled"
          ? "none"
          : "warning",
    },
    properties: {
      pack: p.pack,
      pillar: pillarOf(p.tags),
      tags: p.tags,
      ...(p.severity
        ? { severity: p.severity, "security-severity": SECURITY_SEVERITY[p.severity] }
        : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for code-scanning upload: one rule per policy from the packs' metadata, one result
 * per violation located at the line of the program that declared the resource (the program's
 * entry file when the declaration is not in the project). Not-decided checks are `note`s.
 */
export function renderSarif(result: GateResult, version: string): object {
  const policies = result.packs.flatMap((p) => p.policies);
  const ruleIndex = new Map(policies.map((p, i) => [p.name, i]));
  const byUrn = new Map(result.resources.map((r) => [r.urn, r]));
  const location = (urn: string) => {
    const r = byUrn.get(urn);
    const loc = r?.location;
    return {
      physicalLocation: {
        artifactLocation: { uri: toUri(loc?.file ?? result.project.main), uriBaseId: "%SRCROOT%" },
        region: { startLine: loc?.line ?? 1, startColumn: loc?.column ?? 1 },
      },
      logicalLocations: [{ fullyQualifiedName: urn, name: r?.name ?? urn, kind: "resource" }],
    };
  };
  const results = [
    ...result.report.violations.map((v) => ({
      ruleId: v.policyName,
      ...(ruleIndex.has(v.policyName) ? { ruleIndex: ruleIndex.get(v.policyName) } : {}),
      level: isMandatoryLevel(v.enforcementLevel) ? "error" : "warning",
      message: { text: `${byUrn.get(v.urn)?.name ?? v.urn}: ${v.message}` },
      locations: [location(v.urn)],
      partialFingerprints: { resourcePolicy: `${v.urn}|${v.policyPackName}/${v.policyName}` },
      properties: {
        enforcementLevel: v.enforcementLevel,
        pillar: v.pillar,
        pack: v.policyPackName,
      },
    })),
    ...result.report.notDecided.map((n) => ({
      ruleId: n.policyName,
      ...(ruleIndex.has(n.policyName) ? { ruleIndex: ruleIndex.get(n.policyName) } : {}),
      // Under --strict a mandatory policy left undecided fails the gate, as a violation does.
      level: result.report.strict && isMandatoryLevel(n.enforcementLevel) ? "error" : "note",
      message: { text: n.message },
      locations: [location(n.urn)],
      partialFingerprints: { resourcePolicy: `${n.urn}|${n.policyName}|not-decided` },
      properties: { notDecided: true },
    })),
  ];
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ailz",
            version,
            rules: policies.map(rule),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(process.cwd()).href}/` } },
        automationDetails: { id: `ailz/${result.report.project}/${result.report.stack}/` },
        results,
      },
    ],
  };
}
