import * as rpc from "@pulumi/pulumi/runtime/rpc";
import * as path from "path";
import { fileURLToPath } from "url";
import type { Project } from "../project";
import { AZURE_NATIVE_PREFIX, STACK_TYPE } from "./constants";
import { DefaultProviders } from "./defaultProviders";
import type { TypeAliases } from "./typeAliases";

/**
 * The engine's wire values, from the SDK that defines them: the marker for a value not known
 * until the resource exists, and the signature key and values of secrets, resource references
 * and output values in serialized properties.
 */
export const UNKNOWN = rpc.unknownValue;
export const SIG_KEY = rpc.specialSigKey;
export const SECRET_SIG = rpc.specialSecretSig;
const RESOURCE_SIG = rpc.specialResourceSig;
const OUTPUT_SIG = rpc.specialOutputValueSig;

/** Resource options the analyzer protocol carries (`AnalyzerResourceOptions`). */
export interface CapturedOptions {
  protect: boolean;
  ignoreChanges: string[];
  deleteBeforeReplace?: boolean;
  additionalSecretOutputs: string[];
  aliases: string[];
  customTimeouts: { create: number; update: number; delete: number };
}

/** Where in the program a resource was declared. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One resource as the engine sees it after the program registered it. */
export interface CapturedResource {
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  /** Parent URN; "" for the root stack. */
  parent: string;
  /** Inputs in engine form: unknowns as the sentinel, secrets as secret envelopes, references as IDs. */
  inputs: Record<string, unknown>;
  /** Outputs in the same form (for AnalyzeStack). */
  outputs: Record<string, unknown>;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** URN of the explicit or default provider; "" for components and providers. */
  providerUrn: string;
  /** Package version from the SDK (drives the default provider's name). */
  version: string;
  options: CapturedOptions;
  /** Read with `.get()`: the engine reads it and does not run resource policies on it. */
  external?: boolean;
  /** First stack frame in the project's own code, when known. */
  location?: SourceLocation;
}

/** `urn:pulumi:s::p::a$b::n` -> `a$b`. */
export function qualifiedType(urn: string): string {
  return urn.split("::")[2] ?? "";
}

/**
 * Converts the SDK's serialized properties to what the engine hands analyzers: internal `__`
 * keys dropped, resource references replaced by the resource's ID (custom) or URN (component),
 * output values by their plain value or the unknown sentinel; secrets stay wrapped.
 */
export function toEngineForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toEngineForm);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  if (obj[SIG_KEY] === RESOURCE_SIG) {
    if ("id" in obj) return obj.id === "" || obj.id === undefined ? UNKNOWN : obj.id;
    return obj.urn;
  }
  if (obj[SIG_KEY] === OUTPUT_SIG) return "value" in obj ? toEngineForm(obj.value) : UNKNOWN;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj)) {
    if (key.startsWith("__")) continue;
    out[key] = toEngineForm(v);
  }
  return out;
}

/** Engine URN rule: the qualified type chains every parent's type except the root stack's. */
export function engineUrn(
  stack: string,
  project: string,
  parent: string,
  type: string,
  name: string,
): string {
  let qualified = type;
  if (parent) {
    const parentType = qualifiedType(parent);
    if (parentType !== STACK_TYPE) qualified = `${parentType}$${type}`;
  }
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** The gate's own folder (cli/ from source, dist/cli/ when built): never a program location. */
const GATE_DIR = path.resolve(__dirname, "..");

function locationOf(req: any, projectDir: string): SourceLocation | undefined {
  const frames: any[] = req.getStacktrace?.()?.getFramesList?.() ?? [];
  const positions = frames.map((f) => f.getPc?.()).filter(Boolean);
  const first = req.getSourceposition?.();
  if (first) positions.unshift(first);
  for (const pos of positions) {
    let file: string = pos.getUri();
    if (file.startsWith("file:")) file = fileURLToPath(file);
    const rel = path.relative(projectDir, file);
    if (
      rel.startsWith("..") ||
      path.isAbsolute(rel) ||
      rel.split(path.sep).includes("node_modules") ||
      !path.relative(GATE_DIR, file).startsWith("..")
    )
      continue;
    return { file, line: pos.getLine(), column: pos.getColumn() };
  }
  return undefined;
}

function optionsOf(req: any, typeAliasUrns: string[]): CapturedOptions {
  const timeouts = req.getCustomtimeouts?.();
  // Pulumi's timeout strings ("5m", "1h30m") become seconds, as the engine passes them.
  const seconds = (s: string | undefined): number => {
    if (!s) return 0;
    let total = 0;
    for (const [, n, unit] of s.matchAll(/(\d+(?:\.\d+)?)(h|m|s)/g)) {
      total += Number(n) * (unit === "h" ? 3600 : unit === "m" ? 60 : 1);
    }
    return total;
  };
  const dbrDefined = req.getDeletebeforereplacedefined?.() ?? false;
  return {
    protect: req.getProtect?.() ?? false,
    ignoreChanges: req.getIgnorechangesList?.() ?? [],
    deleteBeforeReplace: dbrDefined ? req.getDeletebeforereplace() : undefined,
    additionalSecretOutputs: req.getAdditionalsecretoutputsList?.() ?? [],
    aliases: [
      ...(req.getAliasesList?.() ?? []).map((a: any) => a.getUrn()).filter((u: string) => u),
      ...typeAliasUrns,
    ],
    customTimeouts: {
      create: seconds(timeouts?.getCreate()),
      update: seconds(timeouts?.getUpdate()),
      delete: seconds(timeouts?.getDelete()),
    },
  };
}

/**
 * Taps the mock resource monitor the SDK installed with `setMocks`, so every registration is
 * recorded with everything the engine would know (parent, options, dependencies, source
 * position), and URNs follow the engine's rule rather than the mock's shorter one.
 */
export class Capture {
  readonly resources: CapturedResource[] = [];
  private readonly byUrn = new Map<string, CapturedResource>();
  private readonly defaultProviders: DefaultProviders;
  private readonly stack: string;
  private readonly projectName: string;

  constructor(
    private readonly project: Pick<Project, "name" | "stack" | "dir" | "config">,
    /** The provider's Check: the inputs analyzers see (`provider` is "" for the default one). */
    private readonly checkInputs: (
      type: string,
      name: string,
      inputs: Record<string, any>,
      provider: string,
    ) => Record<string, any>,
    /** Type-only aliases taken off before registration, whose URNs the options carry. */
    private readonly typeAliases?: TypeAliases,
    /** Told of each resource as it is recorded. */
    private readonly onResource?: (resource: CapturedResource) => void,
  ) {
    this.stack = project.stack;
    this.projectName = project.name;
    this.defaultProviders = new DefaultProviders(project);
  }

  install(monitor: any): void {
    monitor.newUrn = (parent: string, type: string, name: string) =>
      engineUrn(this.stack, this.projectName, parent, type, name);
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: (err: any, resp?: any) => void) =>
      register(req, (err: any, resp: any) => {
        if (!err && resp) this.record(req, resp);
        callback(err, resp);
      });
    const read = monitor.readResource.bind(monitor);
    monitor.readResource = (req: any, callback: (err: any, resp?: any) => void) =>
      read(req, (err: any, resp: any) => {
        if (!err && resp) {
          // The engine reads existing resources during preview too and answers with their ID;
          // the mock monitor leaves it out, which would make every `.get()` ID unknown.
          if (!resp.getId()) resp.setId(req.getId());
          this.record(req, resp, true);
        }
        callback(err, resp);
      });
    const outputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req: any, callback: (err: any, resp?: any) => void) => {
      const target = this.byUrn.get(req.getUrn());
      if (target) {
        target.outputs = toEngineForm(req.getOutputs()?.toJavaScript() ?? {}) as Record<
          string,
          unknown
        >;
      }
      return outputs(req, callback);
    };
  }

  private record(req: any, resp: any, external = false): void {
    const urn: string = resp.getUrn();
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap?.()?.forEach((deps: any, key: string) => {
      propertyDependencies[key] = deps.getUrnsList();
    });
    const providerRef: string = req.getProvider?.() ?? "";
    const parent: string = req.getParent?.() ?? "";
    const typeAliasUrns =
      this.typeAliases?.urns(this.stack, this.projectName, parent, req.getType(), req.getName()) ??
      [];
    const resource: CapturedResource = {
      urn,
      type: req.getType(),
      name: req.getName(),
      custom: req.getCustom?.() ?? true,
      parent,
      inputs: toEngineForm(
        req.getObject?.()?.toJavaScript() ?? req.getProperties?.()?.toJavaScript() ?? {},
      ) as Record<string, unknown>,
      outputs: toEngineForm(
        resp.getObject?.()?.toJavaScript() ?? resp.getProperties?.()?.toJavaScript() ?? {},
      ) as Record<string, unknown>,
      dependencies: req.getDependenciesList?.() ?? [],
      propertyDependencies,
      // A provider reference is `<urn>::<id>`; the ID may be the unknown sentinel in preview.
      providerUrn: providerRef ? providerRef.slice(0, providerRef.lastIndexOf("::")) : "",
      version: req.getVersion?.() ?? "",
      options: optionsOf(req, typeAliasUrns),
      location: locationOf(req, this.project.dir),
      external,
    };
    // The inputs the engine hands analyzers are those after the provider's Check.
    if (resource.custom && resource.type.startsWith(AZURE_NATIVE_PREFIX)) {
      resource.inputs = this.checkInputs(
        resource.type,
        resource.name,
        resource.inputs,
        resource.providerUrn,
      );
    }
    const provider = this.defaultProviders.assign(resource);
    if (provider) this.add(provider);
    this.add(resource);
  }

  private add(resource: CapturedResource): void {
    this.resources.push(resource);
    this.byUrn.set(resource.urn, resource);
    this.onResource?.(resource);
  }
}

/**
 * Sorts siblings into declaration order (file, then line): registration order depends on when
 * inputs resolve, which reads poorly and can vary. Resources without a location keep their place
 * at the front, as the stack and providers do in `pulumi preview`.
 */
export function byDeclaration(a: CapturedResource, b: CapturedResource): number {
  if (!a.location || !b.location) return (a.location ? 1 : 0) - (b.location ? 1 : 0);
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  );
}
