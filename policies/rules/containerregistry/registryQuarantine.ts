import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const registryQuarantine = resourceRule({
  name: "acr-quarantine-enabled",
  description: "Container registries quarantine pushed images until a scanner marks them verified.",
  severity: "low",
  pillar: "security",
  principle: "conduct-security-testing",
  anchors: ["checkov:CKV_AZURE_166", "psrule:Azure.ACR.Quarantine", "mcsb:DS-6"],
  remediationSteps:
    "Set policies.quarantinePolicy.status to 'enabled' and run a scanner that marks images verified before they can be pulled.",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-quarantine",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    const status = props.policies?.quarantinePolicy?.status;
    if (status !== "enabled") {
      ctx.report(
        status === undefined
          ? "policies.quarantinePolicy.status is not set (disabled); set it to 'enabled'."
          : `policies.quarantinePolicy.status is '${String(status)}'; set it to 'enabled'.`,
      );
    }
  },
});
