import type { CapturedOptions, CapturedResource } from "./capture";
import { engineUrn } from "./capture";
import { PROVIDER_TYPE_PREFIX, STACK_TYPE } from "./constants";

/** The engine's name for a package's default provider: `default_3_28_0` for version 3.28.0. */
export function defaultProviderName(version: string): string {
  return version ? `default_${version.replace(/[.-]/g, "_")}` : "default";
}

/** The options of a resource registered with none, as the engine reports them to analyzers. */
export function noOptions(): CapturedOptions {
  return {
    protect: false,
    ignoreChanges: [],
    additionalSecretOutputs: [],
    aliases: [],
    customTimeouts: { create: 0, update: 0, delete: 0 },
  };
}

/**
 * The engine registers one default provider per package and version before the first resource
 * that uses it; programs never declare these, so the gate adds them, with the package's config
 * as inputs, as resources register.
 */
export class DefaultProviders {
  private readonly byPackage = new Map<string, string>();

  constructor(
    private readonly project: { name: string; stack: string; config: Record<string, string> },
  ) {}

  /**
   * Points `r` at its package's default provider when it names no provider; returns that
   * provider when this is its first user, to be registered before `r`.
   */
  assign(r: CapturedResource): CapturedResource | undefined {
    const isProvider = r.type.startsWith(PROVIDER_TYPE_PREFIX);
    if (!r.custom || isProvider || r.providerUrn !== "" || r.type === STACK_TYPE) {
      return undefined;
    }
    const pkg = r.type.split(":")[0];
    const key = `${pkg}@${r.version}`;
    const known = this.byPackage.get(key);
    if (known !== undefined) {
      r.providerUrn = known;
      return undefined;
    }
    const name = defaultProviderName(r.version);
    const urn = engineUrn(
      this.project.stack,
      this.project.name,
      "",
      `${PROVIDER_TYPE_PREFIX}${pkg}`,
      name,
    );
    this.byPackage.set(key, urn);
    r.providerUrn = urn;
    const inputs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.project.config)) {
      if (k.startsWith(`${pkg}:`)) inputs[k.slice(pkg.length + 1)] = v;
    }
    if (r.version) inputs.version = r.version;
    return {
      urn,
      type: `${PROVIDER_TYPE_PREFIX}${pkg}`,
      name,
      custom: true,
      parent: "",
      inputs,
      outputs: inputs,
      dependencies: [],
      propertyDependencies: {},
      providerUrn: "",
      version: r.version,
      options: noOptions(),
    };
  }
}
