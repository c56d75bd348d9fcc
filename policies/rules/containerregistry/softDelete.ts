import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

/** Whether any replication in the stack belongs to the registry (edge or same known name). */
function replicated(registry: PolicyResource, replications: readonly PolicyResource[]): boolean {
  const name = peek(() => registry.props.registryName as unknown);
  return replications.some((r) => {
    if (refersTo(r, registry, "registryName")) return true;
    const target = peek(() => r.props.registryName as unknown);
    // Unknown at preview: count it, so the registry is not asked for what Azure would refuse.
    if (target === UNRESOLVED || name === UNRESOLVED) return true;
    return typeof target === "string" && typeof name === "string" && target === name;
  });
}

export const acrSoftDelete = stackRule({
  name: "acr-soft-delete",
  description:
    "Container registries keep deleted artifacts recoverable with a soft delete policy, where Azure supports it.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.ACR.SoftDelete", "aprl:e7f0fd54"],
  remediationSteps:
    "Set policies.softDeletePolicy to { status: 'enabled', retentionDays: <1-90> } (not available with a retention policy or geo-replication).",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-soft-delete-policy",
  types: [T.registry, T.registryReplication],
  subject: T.registry,
  validate: (resources, ctx) => {
    const replications = ofType(resources, [T.registryReplication]);
    for (const registry of ofType(resources, [T.registry])) {
      const policies = peek(() => registry.props.policies as any);
      if (policies === UNRESOLVED) continue;
      // Azure refuses soft delete next to a retention policy or geo-replicas.
      if (policies?.retentionPolicy?.status === "enabled") continue;
      if (replicated(registry, replications)) continue;
      const softDelete = policies?.softDeletePolicy;
      if (softDelete?.status !== "enabled") {
        ctx.report(
          `Container registry '${registry.name}' has no enabled policies.softDeletePolicy; set it to { status: 'enabled', retentionDays: 7 }.`,
          registry,
        );
      } else if (softDelete.retentionDays === undefined) {
        ctx.report(
          `Container registry '${registry.name}' enables soft delete without policies.softDeletePolicy.retentionDays; set the days to keep.`,
          registry,
        );
      }
    }
  },
});
