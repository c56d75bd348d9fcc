import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, stackTagsMatch, T, UNRESOLVED } from "../../lib";

/** Whether a replication belongs to the registry: yes, no, or not decidable before the apply. */
function replicates(
  replication: PolicyResource,
  registry: PolicyResource,
): "yes" | "no" | "unknown" {
  // A graph edge (registryName taken from the registry's outputs) decides on its own.
  if (refersTo(replication, registry, "registryName")) return "yes";
  const target = peek(() => replication.props.registryName as unknown);
  const name = peek(() => (registry.props.registryName as unknown) ?? registry.name);
  if (target === UNRESOLVED || name === UNRESOLVED) return "unknown";
  return String(target).toLowerCase() === String(name).toLowerCase() ? "yes" : "no";
}

export const acrGeoReplicated = stackRule({
  name: "acr-geo-replicated",
  description:
    "In production stacks, every container registry is replicated to at least one other region.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["checkov:CKV_AZURE_165", "psrule:Azure.ACR.GeoReplica", "aprl:36ea6c09"],
  remediationSteps:
    "Add a containerregistry Replication with registryName set to the registry (Premium SKU) in the paired or secondary region.",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication",
  types: [T.registry, T.registryReplication],
  subject: T.registry,
  config: {
    whenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: { environment: ["prod", "production"] },
      description: "Stack tags (key to values) that mark the stacks this policy checks.",
    },
  },
  validate: (resources, ctx) => {
    if (!stackTagsMatch(ctx.config.whenStackTags, ctx.stackTags)) return;
    const replications = ofType(resources, [T.registryReplication]);
    for (const registry of ofType(resources, [T.registry])) {
      const verdicts = replications.map((r) => replicates(r, registry));
      if (verdicts.includes("yes") || verdicts.includes("unknown")) continue;
      ctx.report(
        `Container registry '${registry.name}' must have a Replication in another region; none in the stack names it.`,
        registry,
      );
    }
  },
});
