/**
 * Helpers for stack rules. Stack rules see outputs (inputs during preview), so IDs of resources
 * created in the same run are usually unknown; relationships are read from the engine's
 * dependency graph (`propertyDependencies`, `dependencies`, `parent`) instead of comparing IDs.
 */
import type { PolicyResource } from "@pulumi/policy";

/** The resources whose type is one of `tokens`. */
export function ofType(
  resources: readonly PolicyResource[],
  tokens: readonly string[],
): PolicyResource[] {
  return resources.filter((r) => tokens.includes(r.type));
}

/**
 * The resources `from` refers to through the input `property` (or, when the engine did not
 * record property dependencies, every dependency).
 */
export function referencedThrough(
  from: PolicyResource,
  property: string,
): readonly PolicyResource[] {
  if (Object.keys(from.propertyDependencies).length > 0) {
    return from.propertyDependencies[property] ?? [];
  }
  return from.dependencies;
}

/** True when `from` refers to `to` through the input `property` (see `referencedThrough`). */
export function refersTo(from: PolicyResource, to: PolicyResource, property: string): boolean {
  return referencedThrough(from, property).some((r) => r.urn === to.urn);
}

/** True when `resource` or one of its ancestors is `ancestor`. */
export function isDescendantOf(resource: PolicyResource, ancestor: PolicyResource): boolean {
  for (let p = resource.parent; p !== undefined; p = p.parent) {
    if (p.urn === ancestor.urn) return true;
  }
  return false;
}
