/**
 * Runs the whole pack in this process over what a program registered under the mock runtime,
 * as the engine would analyze it: every resource policy on every custom resource (with the
 * resource options the engine sends, `protect` included), then every stack check over the stack,
 * with the SDK's semantics from `policyArgs.ts` (unknown-checking proxy, levels, exemptions).
 *
 * Use it for specs that build components and ask what the pack says about them; one
 * `PackCapture` per spec file, `capture.build(() => new Component(...))` per case.
 */
import type { PolicyResource, PolicyResourceOptions } from "@pulumi/policy";
import type * as pulumi from "@pulumi/pulumi";
import { Capture, CapturedResource } from "../../cli/simulator/capture";
import { PROVIDER_TYPE_PREFIX } from "../../cli/simulator/constants";
import { allPolicies } from "../../policies/rules";
import { installMocks, RecorderMocks, settle } from "./mocks";
import { withoutStackTraces } from "./stackTraces";
import {
  PolicyResult,
  PROJECT,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
  STACK,
} from "./policyArgs";

/* eslint-disable @typescript-eslint/no-require-imports */
const runtimeState: { getStore(): any } = require("@pulumi/pulumi/runtime/state");
/* eslint-enable @typescript-eslint/no-require-imports */

const withoutAliases: pulumi.ResourceTransformation = (args) => ({
  props: args.props,
  opts: { ...args.opts, aliases: [] },
});

/** One violation or undecided check of the pack. */
export interface Finding {
  policy: string;
  /** `mandatory`, `advisory`, or `not decided` for a check skipped at preview. */
  level: string;
  urn: string;
  message: string;
}

/** The pack's configuration for one run, as in a policy config file. */
export interface PackRunOptions {
  /** Per-policy config entries (may hold `enforcementLevel`). */
  config?: Record<string, Record<string, unknown>>;
  /** Stack tags (`pulumi:tags`). */
  stackTags?: Record<string, string>;
}

function engineOptions(r: CapturedResource): Partial<PolicyResourceOptions> {
  return {
    protect: r.options.protect,
    ignoreChanges: r.options.ignoreChanges,
    additionalSecretOutputs: r.options.additionalSecretOutputs,
    aliases: r.options.aliases,
    customTimeouts: {
      createSeconds: r.options.customTimeouts.create,
      updateSeconds: r.options.customTimeouts.update,
      deleteSeconds: r.options.customTimeouts.delete,
    },
  };
}

/** The stack as `analyzeStack` hands it to policies: outputs as props, the graph linked. */
function stackOf(resources: readonly CapturedResource[]): PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  const linked = (urns: readonly string[]) =>
    urns.map((u) => byUrn.get(u)).filter((r): r is PolicyResource => r !== undefined);
  for (const r of resources) {
    const propertyDependencies = Object.fromEntries(
      Object.entries(r.propertyDependencies).map(([k, urns]) => [k, linked(urns)]),
    );
    byUrn.set(
      r.urn,
      stackResource(r.type, r.name, r.outputs, {
        urn: r.urn,
        parent: byUrn.get(r.parent),
        dependencies: linked(r.dependencies),
        propertyDependencies,
        opts: engineOptions(r),
      }),
    );
  }
  return [...byUrn.values()];
}

function collect(findings: Finding[], policy: string, result: PolicyResult, urn: string) {
  for (const v of result.violations) {
    findings.push({ policy, level: v.enforcementLevel, urn: v.urn ?? urn, message: v.message });
  }
  if (result.unknown !== undefined) {
    findings.push({ policy, level: "not decided", urn, message: result.unknown });
  }
}

/** Every finding of the pack over the registered resources. */
export function analyze(resources: readonly CapturedResource[], o: PackRunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const runOptions = (policy: string) => ({
    config: o.config?.[policy],
    stackTags: o.stackTags,
    exemptions: (o.config?.["exemptions-valid"]?.exemptions ?? []) as [],
  });
  const custom = resources.filter((r) => r.custom && !r.type.startsWith(PROVIDER_TYPE_PREFIX));
  for (const policy of allPolicies) {
    if (!("validateResource" in policy) || typeof policy.validateResource !== "function") continue;
    for (const r of custom) {
      const result = runResourcePolicy(policy, r.type, r.inputs, {
        ...runOptions(policy.name),
        urn: r.urn,
        name: r.name,
        opts: engineOptions(r),
      });
      collect(findings, policy.name, result, r.urn);
    }
  }
  const stack = stackOf(resources);
  for (const policy of allPolicies) {
    if (typeof policy.validateStack !== "function") continue;
    collect(findings, policy.name, runStackPolicy(policy, stack, runOptions(policy.name)), "");
  }
  return findings;
}

/** Records what programs register, with everything the engine would send to the pack. */
export class PackCapture {
  private readonly capture: Capture;
  readonly mocks: RecorderMocks;

  constructor(preview = false) {
    this.mocks = new RecorderMocks(preview);
    const project = { name: PROJECT, stack: STACK, dir: process.cwd(), config: {} };
    this.capture = new Capture(project, this.mocks.checkInputs.bind(this.mocks));
  }

  /** Installs the mocks and the capture; call in a `before`. */
  async install(): Promise<void> {
    await installMocks(this.mocks);
    this.capture.install(runtimeState.getStore().settings.monitor);
  }

  /**
   * The resources `build` registers, once they have all reached the mock monitor. Pass `opts`
   * to the component: its transformation drops azure-native's API-version aliases, which no
   * policy reads and which cost most of a registration's time under the mock runtime.
   */
  async build(
    build: (opts: pulumi.ComponentResourceOptions) => unknown,
  ): Promise<CapturedResource[]> {
    const start = this.capture.resources.length;
    await withoutStackTraces(async () => {
      build({ transformations: [withoutAliases] });
      await settle();
    });
    return this.capture.resources.slice(start);
  }
}
