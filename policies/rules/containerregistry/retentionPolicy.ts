import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrRetentionPolicy = resourceRule({
  name: "acr-retention-policy",
  description: "Container registries purge untagged manifests after a retention period.",
  severity: "low",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["checkov:CKV_AZURE_167", "psrule:Azure.ACR.Retention"],
  remediationSteps:
    "Set policies.retentionPolicy to { status: 'enabled', days: <n> } (Premium SKU).",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-retention-policy",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (!("policies" in props)) {
      ctx.report("policies.retentionPolicy.status must be 'enabled'; policies is not set.");
      return;
    }
    const policies = props.policies ?? {};
    // Azure refuses a retention policy while soft delete is on; soft delete then governs
    // how long deleted content is kept, so that registry is not asked for both.
    if (policies.softDeletePolicy?.status === "enabled") return;
    if (!("retentionPolicy" in policies)) {
      ctx.report(
        "policies.retentionPolicy.status must be 'enabled'; policies.retentionPolicy is not set.",
      );
      return;
    }
    const status = policies.retentionPolicy?.status;
    if (status !== "enabled") {
      ctx.report(`policies.retentionPolicy.status must be 'enabled'; it is '${String(status)}'.`);
    }
  },
});
