/**
 * Reading a RAI (content filter) policy's `properties.contentFilters` list: finding the entry for a
 * filter and direction, and judging whether it is on and blocking.
 */
import type { RaiPolicyArgs } from "@pulumi/azure-native/cognitiveservices";
import type { Props } from "../../../lib";

export type RaiPolicyProps = Props<RaiPolicyArgs>;
type ContentFilter = NonNullable<
  NonNullable<RaiPolicyProps["properties"]>["contentFilters"]
>[number];

/** Filter names compared without case, spaces or dashes ("Selfharm", "SelfHarm", "self-harm"). */
function normalize(name: unknown): string {
  return String(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The policy's filters, or undefined when it lists none. */
export function filtersOf(props: RaiPolicyProps): readonly ContentFilter[] | undefined {
  if (!("properties" in props)) return undefined;
  const properties = props.properties ?? {};
  if (!("contentFilters" in properties)) return undefined;
  return properties.contentFilters ?? [];
}

/** The entry filtering `name` on `source` (Prompt or Completion), if any. */
export function findFilter(
  filters: readonly ContentFilter[],
  name: string,
  source: string,
): ContentFilter | undefined {
  const wanted = normalize(name);
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i];
    if (normalize(filter.name) === wanted && filter.source === source) return filter;
  }
  return undefined;
}

/**
 * What is wrong with a filter that must be on and blocking, as message fragments (empty when
 * nothing is). The newer `action: 'BLOCKING'` counts as blocking.
 */
export function enabledAndBlockingProblems(filter: ContentFilter): string[] {
  const problems: string[] = [];
  if (filter.enabled !== true) {
    problems.push(
      `enabled must be true; it is ${"enabled" in filter ? String(filter.enabled) : "not set"}`,
    );
  }
  const blocks = filter.blocking === true || ("action" in filter && filter.action === "BLOCKING");
  if (!blocks) {
    problems.push(
      `blocking must be true; it is ${"blocking" in filter ? String(filter.blocking) : "not set"}`,
    );
  }
  return problems;
}

/** How a filter is named in messages: `'Hate' on 'Prompt'`. */
export function label(name: string, source: string): string {
  return `'${name}' on '${source}'`;
}
