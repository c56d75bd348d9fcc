import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { CapturedResource } from "../simulator/capture";
import type { ResourceFields, StackResourceFields } from "./wire";

/** Options messages, built once per resource: `Analyze` and `AnalyzeStack` both send them. */
const optionsCache = new WeakMap<CapturedResource, analyzer.AnalyzerResourceOptions>();

function options(r: CapturedResource): analyzer.AnalyzerResourceOptions {
  const cached = optionsCache.get(r);
  if (cached) return cached;
  const o = new analyzer.AnalyzerResourceOptions();
  o.setProtect(r.options.protect);
  o.setIgnorechangesList(r.options.ignoreChanges);
  if (r.options.deleteBeforeReplace !== undefined) {
    o.setDeletebeforereplace(r.options.deleteBeforeReplace);
    o.setDeletebeforereplacedefined(true);
  }
  o.setAdditionalsecretoutputsList(r.options.additionalSecretOutputs);
  o.setAliasesList(r.options.aliases);
  const timeouts = new analyzer.AnalyzerResourceOptions.CustomTimeouts();
  timeouts.setCreate(r.options.customTimeouts.create);
  timeouts.setUpdate(r.options.customTimeouts.update);
  timeouts.setDelete(r.options.customTimeouts.delete);
  o.setCustomtimeouts(timeouts);
  if (r.parent) o.setParent(r.parent);
  optionsCache.set(r, o);
  return o;
}

/** Provider messages, one per provider URN: thousands of resources share a handful. */
const providerCache = new WeakMap<CapturedResource, analyzer.AnalyzerProviderResource>();

function provider(
  r: CapturedResource,
  byUrn: Map<string, CapturedResource>,
): analyzer.AnalyzerProviderResource | undefined {
  const p = r.providerUrn ? byUrn.get(r.providerUrn) : undefined;
  if (!p) return undefined;
  let msg = providerCache.get(p);
  if (!msg) {
    msg = new analyzer.AnalyzerProviderResource();
    msg.setType(p.type);
    msg.setName(p.name);
    msg.setUrn(p.urn);
    msg.setProperties(Struct.fromJavaScript(p.inputs as any));
    providerCache.set(p, msg);
  }
  return msg;
}

/** `Analyze` for one resource: its checked inputs, options and provider, as the engine sends. */
export function analyzeRequest(
  r: CapturedResource,
  byUrn: Map<string, CapturedResource>,
): ResourceFields {
  return {
    type: r.type,
    name: r.name,
    urn: r.urn,
    properties: r.inputs,
    // Without options the SDK answers "A more recent version of the Pulumi CLI is required".
    options: options(r),
    provider: provider(r, byUrn),
  };
}

/** One resource of `AnalyzeStack`: outputs, options, provider, parent and dependencies. */
export function stackResource(
  r: CapturedResource,
  byUrn: Map<string, CapturedResource>,
): StackResourceFields {
  return {
    ...analyzeRequest(r, byUrn),
    properties: r.outputs,
    parent: r.parent,
    dependencies: r.dependencies,
    propertyDependencies: r.propertyDependencies,
  };
}

/** Which resources the engine analyzes one by one: everything it steps, not reads of existing ones. */
export function isAnalyzed(r: CapturedResource): boolean {
  return !r.external;
}
