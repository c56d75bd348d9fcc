import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { GateError } from "../errors";
import type { Project } from "../project";
import type { CapturedResource } from "../simulator/capture";
import { STACK_TYPE } from "../simulator/constants";
import { Analyzer } from "./client";
import {
  configureRequest,
  levelName,
  readPolicyConfigFile,
  resolvePolicyConfig,
  EnforcementLevel,
  ResolvedPolicyConfig,
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
 * One pack driven through the engine's sequence: GetAnalyzerInfo, Configure and ConfigureStack
 * when opened; `Analyze` for each resource as it is added (while the program still registers
 * more, as the engine does; at most 64 calls in flight); `AnalyzeStack` once at the end.
 */
export class PackSession {
  private readonly byUrn = new Map<string, CapturedResource>();
  private readonly queue: CapturedResource[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly remediations: Remediation[] = [];
  private readonly remediating: boolean;
  private inFlight = 0;
  private failure: { error: unknown } | undefined;
  private drained: (() => void) | undefined;

  private constructor(
    private readonly pack: PackProcess,
    private readonly client: Analyzer,
    private readonly info: analyzer.AnalyzerInfo,
    private readonly config: Map<string, ResolvedPolicyConfig>,
  ) {
    this.remediating = [...config.values()].some((c) => c.enforcementLevel === "remediate");
  }

  /** Connects to a started pack and configures it for the project's stack. */
  static async open(
    pack: PackProcess,
    project: Project,
    preview: boolean,
    configFile: string | undefined,
  ): Promise<PackSession> {
    const client = new Analyzer(pack.address);
    try {
      const info = await step(pack, "GetAnalyzerInfo", () => client.getAnalyzerInfo());
      const file = configFile ? readPolicyConfigFile(configFile) : undefined;
      const config = resolvePolicyConfig(info, file, configFile ?? "");
      await step(pack, "Configure", () => client.configure(configureRequest(config)));
      await step(pack, "ConfigureStack", () =>
        client.configureStack(stackRequest(project, preview)),
      );
      return new PackSession(pack, client, info, config);
    } catch (err) {
      client.close();
      throw err;
    }
  }

  /** Queues `Analyze` for a resource; a resource's provider must have been added before it. */
  add(r: CapturedResource): void {
    this.byUrn.set(r.urn, r);
    if (!isAnalyzed(r)) return;
    this.queue.push(r);
    this.pump();
  }

  /** Waits for every `Analyze`, then sends `AnalyzeStack` over `resources` (in this order). */
  async finish(resources: CapturedResource[]): Promise<PackResult> {
    if (this.inFlight > 0 || this.queue.length > 0) {
      await new Promise<void>((resolve) => (this.drained = resolve));
    }
    if (this.failure) throw this.failure.error;
    for (const r of resources) this.byUrn.set(r.urn, r);
    const stackResources = resources.map((r) => encodeStackResource(stackResource(r, this.byUrn)));
    const stackUrn = resources.find((r) => r.type === STACK_TYPE)?.urn ?? "";
    const found = await step(this.pack, "AnalyzeStack", () =>
      this.client.analyzeStack(stackResources),
    );
    for (const d of found) this.diagnostics.push(toDiagnostic(d, stackUrn));
    return {
      name: this.info.getName(),
      version: this.info.getVersion(),
      dir: this.pack.dir,
      policies: policyMetas(this.info, this.config),
      diagnostics: this.diagnostics,
      remediations: this.remediations,
    };
  }

  close(): void {
    this.client.close();
  }

  private pump(): void {
    while (this.inFlight < CONCURRENCY && this.queue.length > 0) {
      const r = this.queue.shift() as CapturedResource;
      this.inFlight++;
      this.analyze(r)
        .catch((err: unknown) => (this.failure ??= { error: err }))
        .finally(() => {
          this.inFlight--;
          this.pump();
          if (this.inFlight === 0 && this.queue.length === 0) this.drained?.();
        });
    }
  }

  private async analyze(r: CapturedResource): Promise<void> {
    if (this.failure) return;
    const target = await this.remediate(r);
    const found = await step(this.pack, `Analyze ${r.urn}`, () =>
      this.client.analyze(analyzeRequest(target, this.byUrn)),
    );
    for (const d of found) this.diagnostics.push(toDiagnostic(d, r.urn));
  }

  /**
   * The engine calls Remediate before Analyze and analyzes the remediated inputs; the SDK only
   * runs policies at level `remediate`, so the call is skipped when there are none.
   */
  private async remediate(r: CapturedResource): Promise<CapturedResource> {
    if (!this.remediating) return r;
    const resp = await step(this.pack, `Remediate ${r.urn}`, () =>
      this.client.remediate(analyzeRequest(r, this.byUrn)),
    );
    let target = r;
    for (const x of resp.getRemediationsList()) {
      if (x.getDiagnostic()) {
        this.diagnostics.push({
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
        this.remediations.push({
          policyName: x.getPolicyname(),
          policyPackName: x.getPolicypackname(),
          urn: r.urn,
        });
      }
    }
    return target;
  }
}

/** The engine's ConfigureStack request for the project's stack. */
function stackRequest(project: Project, preview: boolean): analyzer.AnalyzerStackConfigureRequest {
  const req = new analyzer.AnalyzerStackConfigureRequest();
  req.setStack(project.stack);
  req.setProject(project.name);
  req.setOrganization("organization");
  req.setDryRun(preview);
  req.setConfigSecretKeysList(project.secretKeys);
  for (const [k, v] of Object.entries(project.config)) req.getConfigMap().set(k, v);
  for (const [k, v] of Object.entries(stackTags(project))) req.getTagsMap().set(k, v);
  return req;
}

/** The pack's policies as GetAnalyzerInfo describes them, with their resolved levels. */
function policyMetas(
  info: analyzer.AnalyzerInfo,
  config: Map<string, ResolvedPolicyConfig>,
): PolicyMeta[] {
  const kinds = ["unknown", "resource", "stack"] as const;
  return info.getPoliciesList().map<PolicyMeta>((p) => ({
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
}

/** Runs one analyzer call, turning a gRPC failure into the gate's error naming the step. */
async function step<T>(pack: PackProcess, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof GateError ? err : grpcFailure(pack, name, err);
  }
}

/** Every resource of a finished program through one pack (what in-process callers need). */
export async function evaluatePack(
  pack: PackProcess,
  resources: CapturedResource[],
  project: Project,
  preview: boolean,
  configFile: string | undefined,
): Promise<PackResult> {
  const session = await PackSession.open(pack, project, preview, configFile);
  try {
    for (const r of resources) session.add(r);
    return await session.finish(resources);
  } finally {
    session.close();
  }
}
