import * as pulumi from "@pulumi/pulumi";

/** Azure resource tags. Every component propagates its `tags` to every child that accepts tags. */
export type Tags = Record<string, pulumi.Input<string>>;

/** Merges tag sets left to right; later sets win, so a child can refine its parent's tags. */
export function mergeTags(...sets: (Tags | undefined)[]): Tags {
  return Object.assign({}, ...sets.filter((s) => s !== undefined));
}

/** Azure's tag rules: at most 50 tags, names up to 512 characters without `<>%&\?/`, values up to 256. */
export function tagProblems(tags: Record<string, unknown> | undefined): string | undefined {
  if (!tags) return undefined;
  const keys = Object.keys(tags);
  if (keys.length > 50) return `has ${keys.length} tags; Azure allows at most 50 per resource`;
  const badKey = keys.find((k) => k.length === 0 || k.length > 512 || /[<>%&\\?/]/.test(k));
  if (badKey !== undefined) {
    return `tag name "${badKey}" is not allowed: use 1-512 characters without < > % & \\ ? /`;
  }
  const longValue = keys.find(
    (k) => typeof tags[k] === "string" && (tags[k] as string).length > 256,
  );
  if (longValue !== undefined) return `tag "${longValue}" has a value over 256 characters`;
  return undefined;
}
