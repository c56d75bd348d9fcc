import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

/**
 * Whether an Azure ML workspace in the stack builds its images into the registry: a graph edge
 * through `containerRegistry`, or a known ID that names it. "unknown" while the workspace's
 * registry ID is unknown at preview and no edge decides.
 */
function workspaceRegistry(
  workspace: PolicyResource,
  registry: PolicyResource,
): boolean | "unknown" {
  if (refersTo(workspace, registry, "containerRegistry")) return true;
  const id = peek(() => workspace.props.containerRegistry as unknown);
  if (id === UNRESOLVED) return "unknown";
  if (typeof id !== "string") return false;
  const name = peek(() => (registry.props.registryName ?? registry.props.name) as unknown);
  if (name === UNRESOLVED) return "unknown";
  return (
    typeof name === "string" &&
    id.toLowerCase().endsWith(`/microsoft.containerregistry/registries/${name.toLowerCase()}`)
  );
}

export const acrQuarantineEnabled = stackRule({
  name: "acr-quarantine-enabled",
  description:
    "Container registries quarantine pushed images until a scanner marks them verified; registries an Azure ML workspace in the stack builds its images into are exempt, since Azure ML cannot mark its own builds verified.",
  severity: "low",
  pillar: "security",
  principle: "conduct-security-testing",
  anchors: ["checkov:CKV_AZURE_166", "psrule:Azure.ACR.Quarantine", "mcsb:DS-6"],
  remediationSteps:
    "Set policies.quarantinePolicy.status to 'enabled' and run a scanner that marks images verified before they can be pulled. A workspace's own registry is not checked: Azure ML pushes environment images there and pulls them at once, which quarantine would block; scan those images with Defender for Containers instead.",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-quarantine",
  types: [T.registry, T.mlWorkspace],
  subject: T.registry,
  validate: (resources, ctx) => {
    const workspaces = ofType(resources, [T.mlWorkspace]);
    for (const registry of ofType(resources, [T.registry])) {
      const uses = workspaces.map((w) => workspaceRegistry(w, registry));
      // A workspace whose registry is unknown at preview may build into this one.
      if (uses.some((u) => u !== false)) continue;
      const status = peek(() => registry.props.policies?.quarantinePolicy?.status as unknown);
      if (status === UNRESOLVED || status === "enabled") continue;
      ctx.report(
        status === undefined
          ? `The registry '${registry.name}' does not quarantine pushed images: policies.quarantinePolicy.status is not set (disabled); set it to 'enabled'.`
          : `The registry '${registry.name}' does not quarantine pushed images: policies.quarantinePolicy.status is '${String(status)}'; set it to 'enabled'.`,
        registry,
      );
    }
  },
});
