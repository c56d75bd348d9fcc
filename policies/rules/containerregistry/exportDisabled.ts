import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrExportDisabled = resourceRule({
  name: "acr-export-disabled",
  description: "Container registries refuse to export artifacts outside the private network.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "psrule:Azure.ACR.ExportPolicy",
    "azpol:Container registries should have exports disabled",
  ],
  remediationSteps:
    "Set policies.exportPolicy.status to 'disabled' (requires publicNetworkAccess 'Disabled' and the Premium SKU).",
  url: "https://learn.microsoft.com/azure/container-registry/data-loss-prevention",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    // Unset, Azure keeps exports enabled (azure-native also defaults exportPolicy.status).
    if (!("policies" in props)) {
      ctx.report("policies.exportPolicy.status must be 'disabled'; policies is not set.");
      return;
    }
    const policies = props.policies ?? {};
    if (!("exportPolicy" in policies)) {
      ctx.report(
        "policies.exportPolicy.status must be 'disabled'; policies.exportPolicy is not set.",
      );
      return;
    }
    const status = policies.exportPolicy?.status;
    if (status !== "disabled") {
      ctx.report(`policies.exportPolicy.status must be 'disabled'; it is '${String(status)}'.`);
    }
  },
});
