import type * as pulumi from "@pulumi/pulumi";
import { engineUrn } from "./capture";

/**
 * Every azure-native resource carries its earlier type tokens as aliases (25 for a resource
 * group), and the SDK turns each alias into Outputs it awaits before registering: most of the
 * time and memory of a large program under the mock runtime. Aliases only match a resource to
 * existing state, which an offline preview never has; what analyzers see of them is the list of
 * alias URNs in the resource options. So the gate takes type-only aliases off before the SDK
 * sees them and computes the same URNs itself, as strings.
 */
export class TypeAliases {
  /** Alias types by `type\0name`: what azure-native (or the program) gave that resource. */
  private readonly byResource = new Map<string, string[]>();

  /** A stack transformation that moves type-only aliases out of the SDK's way. */
  readonly transformation: pulumi.ResourceTransformation = (args) => {
    const aliases = args.opts.aliases;
    if (!aliases || aliases.length === 0) return undefined;
    const kept: NonNullable<typeof aliases> = [];
    const types: string[] = [];
    for (const alias of aliases) {
      const type = typeOnly(alias);
      if (type === undefined) kept.push(alias);
      else types.push(type);
    }
    if (types.length === 0) return undefined;
    this.byResource.set(`${args.type}\0${args.name}`, types);
    return { props: args.props, opts: { ...args.opts, aliases: kept } };
  };

  /**
   * The alias URNs the engine would compute for the type-only aliases of a resource: the same
   * parent chain and name, the alias's type.
   */
  urns(stack: string, project: string, parentUrn: string, type: string, name: string): string[] {
    const types = this.byResource.get(`${type}\0${name}`) ?? [];
    return types.map((t) => engineUrn(stack, project, parentUrn, t, name));
  }
}

/** The type of an alias that changes nothing but the type, or undefined. */
function typeOnly(alias: unknown): string | undefined {
  if (alias === null || typeof alias !== "object") return undefined;
  const keys = Object.keys(alias);
  const type = (alias as { type?: unknown }).type;
  return keys.length === 1 && typeof type === "string" ? type : undefined;
}
