import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { GateError } from "../errors";
import type { Project } from "../project";
import type { CapturedResource } from "../simulator/capture";
import { Analyzer } from "./client";
import {
  configureRequest,
  levelName,
  readPolicyConfigFile,
  resolvePolicyConfig,
  EnforcementLevel,
} from "./config";
import type { PackProcess } from "./launch";
import { analyzeRequest, isAnalyzed, stackResource } from "./requests";
import { encodeStackResource } from "./wire";

const SEVERITIES = ["", "low", "medium", "high", "critical"];

/** A policy as the pack describes it in `GetAnalyzerInfo`, with its resolved level. */
export interface PolicyMeta {
  name: string;
  pack: string;
  displayName: string;
  description: string;
  severity: string;
  enforcementLevel: EnforcementLevel;
  tags: string[];
  remediationSteps: string;
  url: string;
  kind: "resource" | "stack" | "unknown";
}

/** One diagnostic from `Analyze` or `AnalyzeStack`. */
export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  enforcementLevel: EnforcementLevel;
  severity: string;
  urn: string;
}

/** A resource whose inputs a policy at level `remediate` changed before `Analyze`. */
export interface Remediation {
  policyName: string;
  policyPackName: string;
  urn: string;
}

/** Everything one pack said about the stack. */
export interface PackResult {
  remediations: Remediation[];
  name: string;
  version: string;
  dir: string;
  policies: PolicyMeta[];
  diagnostics: Diagnostic[];
}

/** Analyze calls in flight at once: enough to hide gRPC latency, bounded to spare memory. */
const CONCURRENCY = 64;

function toDiagnostic(d: analyzer.AnalyzeDiagnostic, fallbackUrn: string): Diagnostic {
  return {
    policyName: d.getPolicyname(),
    policyPackName: d.getPolicypackname(),
    policyPackVersion: d.getPolicypackversion(),
    description: d.getDescription(),
    message: d.getMessage(),
    enforcementLevel: levelName(d.getEnforcementlevel()),
    severity: SEVERITIES[d.getSeverity()] ?? "",
    urn: d.getUrn() || fallbackUrn,
  };
}

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function grpcFailure(pack: PackProcess, step: string, err: unknown): GateError {
  const detail = (err as { details?: string }).details ?? (err as Error).message;
  const stderr = pack.stderr().trim();
  return new GateError(
    pack.dir,
    `${step} failed: ${detail}${stderr ? `\n${stderr.split("\n").slice(0, 6).join("\n")}` : ""}`,
    err,
  );
}

/** Stack tags the engine sends with ConfigureStack: its built-in ones plus `pulumi:tags`. */
export function stackTags(project: Project): Record<string, string> {
  return {
    "pulumi:project": project.name,
    "pulumi:runtime": "nodejs",
    ...(project.description ? { "pulumi:description": project.description } : {}),
    ...project.tags,
  };
}

/**
 * Drives one running pack through the engine's sequence: GetAnalyzerInfo, Configure,
 * ConfigureStack, Analyze for every resource (concurrently), then AnalyzeStack once.
 */
export async function evaluatePack(
  pack: PackProcess,
  resources: CapturedResource[],
  project: Project,
  preview: boolean,
  configFile: string | undefined,
): Promise<PackResult> {
  const client = new Analyzer(pack.address);
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw err instanceof GateError ? err : grpcFailure(pack, name, err);
    }
  };
  try {
    const info = await step("GetAnalyzerInfo", () => client.getAnalyzerInfo());
    const file = configFile ? readPolicyConfigFile(configFile) : undefined;
    const config = resolvePolicyConfig(info, file, configFile ?? "");
    await step("Configure", () => client.configure(configureRequest(config)));

    const stackReq = new analyzer.AnalyzerStackConfigureRequest();
    stackReq.setStack(project.stack);
    stackReq.setProject(project.name);
    stackReq.setOrganization("organization");
    stackReq.setDryRun(preview);
    stackReq.setConfigSecretKeysList(project.secretKeys);
    for (const [k, v] of Object.entries(project.config)) stackReq.getConfigMap().set(k, v);
    for (const [k, v] of Object.entries(stackTags(project))) stackReq.getTagsMap().set(k, v);
    await step("ConfigureStack", () => client.configureStack(stackReq));

    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const stackResources = new Array<Uint8Array>(resources.length);
    const diagnostics: Diagnostic[] = [];
    // While an Analyze call is in flight, build that resource's AnalyzeStack entry: the pack and
    // the gate then work at the same time on the two cores.
    // The engine calls Remediate before Analyze and analyzes the remediated inputs; the SDK
    // only runs policies at level `remediate`, so the call is skipped when there are none.
    const remediating = [...config.values()].some((c) => c.enforcementLevel === "remediate");
    const remediations: Remediation[] = [];
    const remediate = async (r: CapturedResource): Promise<CapturedResource> => {
      if (!remediating) return r;
      const resp = await step(`Remediate ${r.urn}`, () =>
        client.remediate(analyzeRequest(r, byUrn)),
      );
      let target = r;
      for (const x of resp.getRemediationsList()) {
        if (x.getDiagnostic()) {
          diagnostics.push({
            policyName: x.getPolicyname(),
            policyPackName: x.getPolicypackname(),
            policyPackVersion: x.getPolicypackversion(),
            description: x.getDescription(),
            message: x.getDiagnostic(),
            enforcementLevel: "advisory",
            severity: "",
            urn: r.urn,
          });
        } else if (x.getProperties()) {
          target = {
            ...target,
            inputs: x.getProperties()?.toJavaScript() as Record<string, unknown>,
          };
          remediations.push({
            policyName: x.getPolicyname(),
            policyPackName: x.getPolicypackname(),
            urn: r.urn,
          });
        }
      }
      return target;
    };
    const responses = await mapLimited(resources, CONCURRENCY, async (r, i) => {
      const pending = isAnalyzed(r)
        ? step(`Analyze ${r.urn}`, async () =>
            client.analyze(analyzeRequest(await remediate(r), byUrn)),
          )
        : undefined;
      stackResources[i] = encodeStackResource(stackResource(r, byUrn));
      return { urn: r.urn, found: await pending };
    });
    for (const { urn, found } of responses) {
      for (const d of found ?? []) diagnostics.push(toDiagnostic(d, urn));
    }
    const stackUrn = resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
    const stackFound = await step("AnalyzeStack", () => client.analyzeStack(stackResources));
    for (const d of stackFound) diagnostics.push(toDiagnostic(d, stackUrn));

    const kinds = ["unknown", "resource", "stack"] as const;
    const policies = info.getPoliciesList().map<PolicyMeta>((p) => ({
      name: p.getName(),
      pack: info.getName(),
      displayName: p.getDisplayname(),
      description: p.getDescription(),
      severity: SEVERITIES[p.getSeverity()] ?? "",
      enforcementLevel:
        config.get(p.getName())?.enforcementLevel ?? levelName(p.getEnforcementlevel()),
      tags: p.getTagsList(),
      remediationSteps: p.getRemediationSteps(),
      url: p.getUrl(),
      kind: kinds[p.getPolicyType()] ?? "unknown",
    }));
    return {
      name: info.getName(),
      version: info.getVersion(),
      dir: pack.dir,
      policies,
      diagnostics,
      remediations,
    };
  } finally {
    client.close();
  }
}
