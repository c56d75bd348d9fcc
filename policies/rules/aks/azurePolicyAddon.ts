import { resourceRule, T } from "../../lib";
import { addonOf } from "./lib/addons";
import type { ClusterProps } from "./lib/pools";

export const aksAzurePolicyAddon = resourceRule({
  name: "aks-azure-policy-addon",
  description:
    "AKS clusters run the Azure Policy add-on, so in-cluster deployments are checked against the same guardrails.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "implement-safe-deployments",
  anchors: [
    "checkov:CKV_AZURE_116",
    "trivy:AZU-0066",
    "azpol:Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your clusters",
    "psrule:Azure.AKS.AzurePolicyAddOn",
  ],
  remediationSteps: "Set addonProfiles.azurepolicy to { enabled: true }.",
  url: "https://learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const addon = addonOf(props, "azurepolicy");
    if (addon === undefined) {
      ctx.report("addonProfiles.azurepolicy.enabled must be true; the add-on is not declared.");
    } else if (addon.enabled !== true) {
      ctx.report(`addonProfiles.azurepolicy.enabled must be true; it is ${String(addon.enabled)}.`);
    }
  },
});
